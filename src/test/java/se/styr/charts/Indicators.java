package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.styr.goals.Baseline;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.Quantity;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;

/**
 * Builds indicators for chart tests: {@code indicator("Andel", PERCENT).value("2023",
 * "61.5").target("2025", ">= 70")}.
 */
final class Indicators {
  private final String name;
  private final IndicatorUnit unit;
  private String key = "indikator";
  private Baseline baseline;
  private final List<TargetSpec> targets = new ArrayList<>();
  private final List<IndicatorValue> values = new ArrayList<>();

  private Indicators(String name, IndicatorUnit unit) {
    this.name = name;
    this.unit = unit;
  }

  static Indicators indicator(String name, IndicatorUnit unit) {
    return new Indicators(name, unit);
  }

  Indicators key(String indicatorKey) {
    this.key = indicatorKey;
    return this;
  }

  Indicators value(String period, String amount) {
    values.add(
        new IndicatorValue(
            period, amount, new Quantity.Amount(new BigDecimal(amount)), false, null, null));
    return this;
  }

  Indicators value(String period, Quantity quantity) {
    values.add(new IndicatorValue(period, quantity.text(), quantity, false, null, null));
    return this;
  }

  Indicators missing(String period) {
    values.add(new IndicatorValue(period, "saknas", null, true, null, null));
    return this;
  }

  Indicators baseline(String period, String amount) {
    baseline = new Baseline(amount, new Quantity.Amount(new BigDecimal(amount)), period, false);
    return this;
  }

  Indicators baseline(String period, Quantity quantity) {
    baseline = new Baseline(quantity.text(), quantity, period, false);
    return this;
  }

  /** A target for one or more years in the plan file notation (">= 30", "0 +- 0.5", "increase"). */
  Indicators target(String printed, String notation, Integer... years) {
    targets.add(
        new TargetSpec(List.of(years), printed, notation == null ? null : Target.parse(notation)));
    return this;
  }

  Indicator build() {
    return new Indicator(
        key, null, name, unit, null, null, null, baseline, targets, values, null, List.of(), null,
        null);
  }
}
