package se.styr.goals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;

/**
 * Every municipality's value of one Kolada KPI for one period, for relative targets: written in the
 * plan file, or fetched from Kolada and stored by Styr ({@code fetched} says from where and when;
 * such data is not written into the plan file).
 */
public record ComparisonData(
    String kpi, String period, Map<String, BigDecimal> values, Fetched fetched) {

  /** Values written in the plan file itself. */
  public ComparisonData(String kpi, String period, Map<String, BigDecimal> values) {
    this(kpi, period, values, null);
  }

  public ComparisonData {
    Objects.requireNonNull(kpi, "comparison KPI");
    if (!Period.isValid(period)) {
      throw new InvalidValueException(Text.of("goals.invalid.comparisonPeriod", period));
    }
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public int year() {
    return Period.year(period);
  }

  /** Only the values of the given municipalities (a comparison group). */
  public ComparisonData among(ComparisonGroup group) {
    Map<String, BigDecimal> kept = new TreeMap<>();
    values.forEach(
        (code, value) -> {
          if (group.includes(code)) {
            kept.put(code, value);
          }
        });
    return new ComparisonData(kpi, period, kept, fetched);
  }
}
