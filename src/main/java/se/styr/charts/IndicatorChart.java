package se.styr.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.styr.goals.Baseline;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.TargetSpec;

/**
 * A line chart of an indicator's yearly values against its targets, with the baseline as its own
 * mark. A year measured only in parts (2024-08) shows its last reading, and the table says so.
 * Targets with a number are drawn (a band as a shaded band); the others are listed in the table.
 */
public final class IndicatorChart {
  static final String NO_VALUES = "Inga värden ännu";

  private IndicatorChart() {}

  /** The chart with ids derived from the indicator's key; use {@link #of(Indicator, String)} for two on a page. */
  public static Chart of(Indicator indicator) {
    return of(indicator, Svg.deriveId("indicator", indicator.key()));
  }

  /** The chart with SVG ids starting with {@code idPrefix} (a letter, then letters, digits, - and _). */
  public static Chart of(Indicator indicator, String idPrefix) {
    Svg.requireId(idPrefix);
    IndicatorSeries series = IndicatorSeries.of(indicator);
    String description = description(series);
    String svg = LinePlot.draw(series, idPrefix, indicator.name(), description);
    return new Chart(indicator.name(), description, svg, table(series));
  }

  static ChartTable table(IndicatorSeries series) {
    Indicator indicator = series.indicator;
    String unit = unitSuffix(indicator.unit());
    List<ChartTable.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Baseline baseline = indicator.baseline();
    if (baseline != null && (baseline.value() != null || baseline.printed() != null)) {
      String when = baseline.period() == null ? "" : " " + Texts.period(baseline.period());
      String value = baseline.value() != null ? IndicatorSeries.text(baseline.value()) : baseline.printed();
      rows.add(new ChartTable.Row("Ingående värde" + when, List.of(value, "")));
      if (series.baselineYearAssumed && series.baselineYear != null) {
        notes.add("Ingående värde anger inget år och visas vid " + series.baselineYear + ", året före det första målåret.");
      }
    }
    TreeMap<Integer, String> values = new TreeMap<>();
    TreeMap<Integer, String> labels = new TreeMap<>();
    for (IndicatorSeries.Measured m : series.measured) {
      IndicatorValue value = m.value();
      values.put(m.year(), value.missing() ? "saknas" : IndicatorSeries.text(value.value()));
      labels.put(m.year(), Texts.period(value.period()));
      if (!value.period().equals(Integer.toString(m.year()))) {
        notes.add("För " + m.year() + " finns inget helårsvärde; värdet är det senaste under året, "
            + Texts.period(value.period()) + ".");
      }
    }
    TreeMap<Integer, List<String>> targets = new TreeMap<>();
    Set<String> undrawn = new LinkedHashSet<>();
    for (TargetSpec spec : indicator.targets()) {
      String text = Targets.text(spec, indicator.unit());
      for (int year : spec.years()) {
        targets.computeIfAbsent(year, y -> new ArrayList<>()).add(text);
      }
      if (!Targets.hasNumber(spec, indicator.unit())) {
        undrawn.add(text);
      }
    }
    Set<Integer> years = new TreeSet<>(values.keySet());
    years.addAll(targets.keySet());
    for (int year : years) {
      rows.add(new ChartTable.Row(labels.getOrDefault(year, Integer.toString(year)),
          List.of(values.getOrDefault(year, ""), String.join("; ", targets.getOrDefault(year, List.of())))));
    }
    if (!undrawn.isEmpty()) {
      notes.add("Mål utan siffra visas bara i tabellen: " + String.join("; ", undrawn) + ".");
    }
    return new ChartTable(indicator.name(), List.of("År", "Värde" + unit, "Mål" + unit), rows, notes);
  }

  /** "Värden 2021–2023, senast 66,9 (2023), ingående värde 61 %, mot mål 2025–2027: Öka." */
  static String description(IndicatorSeries series) {
    Indicator indicator = series.indicator;
    StringBuilder text = new StringBuilder();
    List<IndicatorSeries.Measured> given = series.measured.stream().filter(m -> !m.value().missing()).toList();
    if (given.isEmpty()) {
      text.append(NO_VALUES);
    } else {
      IndicatorSeries.Measured last = given.get(given.size() - 1);
      text.append(given.size() == 1 ? "Värde " : "Värden ")
          .append(Texts.years(given.get(0).year(), last.year()))
          .append(given.size() == 1 ? ": " : ", senast ")
          .append(withUnit(IndicatorSeries.text(last.value().value()), indicator.unit()))
          .append(given.size() == 1 ? "" : " (" + Texts.period(last.value().period()) + ")");
    }
    Baseline baseline = indicator.baseline();
    if (baseline != null && baseline.value() != null) {
      text.append(", ingående värde ").append(withUnit(IndicatorSeries.text(baseline.value()), indicator.unit()));
      if (baseline.period() != null) {
        text.append(" (").append(Texts.period(baseline.period())).append(')');
      }
    }
    if (!indicator.targets().isEmpty()) {
      int first = indicator.targets().stream().flatMap(t -> t.years().stream()).min(Integer::compare).orElseThrow();
      int last = indicator.targets().stream().flatMap(t -> t.years().stream()).max(Integer::compare).orElseThrow();
      Set<String> texts = new LinkedHashSet<>();
      boolean several = indicator.targets().size() > 1;
      indicator.targets().forEach(t -> texts.add(Targets.text(t, indicator.unit(), true)
          + (several ? " (" + Texts.years(t.years()) + ")" : "")));
      text.append(" mot mål ").append(Texts.years(first, last)).append(": ").append(String.join("; ", texts));
    }
    return text.append('.').toString();
  }

  private static String withUnit(String value, IndicatorUnit unit) {
    return unit == IndicatorUnit.PERCENT ? value + " %" : value;
  }

  private static String unitSuffix(IndicatorUnit unit) {
    return switch (unit) {
      case PERCENT -> " (%)";
      case COUNT, COUNT_OF_SET -> " (antal)";
      case INDEX -> " (index)";
      case KR -> " (kr)";
      case NUMBER, YES_NO -> "";
    };
  }
}
