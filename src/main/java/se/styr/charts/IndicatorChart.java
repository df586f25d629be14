package se.styr.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import se.styr.goals.Baseline;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.TargetSpec;
import se.styr.shared.Text;

/**
 * A line chart of an indicator's yearly values against its targets, with the baseline as its own
 * mark. A year measured only in parts (2024-08) shows its last reading, and the table says so.
 * Targets with a number are drawn (a band as a shaded band); the others are listed in the table.
 */
public final class IndicatorChart {
  static final Text NO_VALUES = Text.of("charts.noValues");

  private IndicatorChart() {}

  /**
   * The chart with ids derived from the indicator's key; use {@link #of(Indicator, String)} for two
   * on a page.
   */
  public static Chart of(Indicator indicator) {
    return of(indicator, Svg.deriveId("indicator", indicator.key()));
  }

  /**
   * The chart in Swedish with SVG ids starting with {@code idPrefix} (a letter, then letters,
   * digits, - and _).
   */
  public static Chart of(Indicator indicator, String idPrefix) {
    return of(indicator, idPrefix, Text::swedish);
  }

  /** The chart with its words put into a language by {@code words}, e.g. a page's visitor's. */
  public static Chart of(Indicator indicator, String idPrefix, Function<Text, String> words) {
    Svg.requireId(idPrefix);
    IndicatorSeries series = IndicatorSeries.of(indicator, new ChartWords(words));
    String description = description(series);
    String svg = LinePlot.draw(series, idPrefix, indicator.name(), description);
    return new Chart(indicator.name(), description, svg, table(series));
  }

  static ChartTable table(IndicatorSeries series) {
    Indicator indicator = series.indicator;
    ChartWords words = series.words;
    List<ChartTable.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Baseline baseline = indicator.baseline();
    if (baseline != null && (baseline.value() != null || baseline.printed() != null)) {
      String value = baseline.value() != null ? series.text(baseline.value()) : baseline.printed();
      rows.add(
          new ChartTable.Row(
              words.of(
                  baseline.period() == null
                      ? Text.of("charts.baseline")
                      : Text.of("charts.baselineOf", words.period(baseline.period()))),
              List.of(value, "")));
      if (series.baselineYearAssumed && series.baselineYear != null) {
        notes.add(words.of(Text.of("charts.baselineYearAssumed", series.baselineYear)));
      }
    }
    TreeMap<Integer, String> values = new TreeMap<>();
    TreeMap<Integer, String> labels = new TreeMap<>();
    for (IndicatorSeries.Measured m : series.measured) {
      IndicatorValue value = m.value();
      values.put(
          m.year(),
          value.missing() ? words.of(Text.of("goals.value.missing")) : series.text(value.value()));
      labels.put(m.year(), words.period(value.period()));
      if (!value.period().equals(Integer.toString(m.year()))) {
        notes.add(words.of(Text.of("charts.partOfYear", m.year(), words.period(value.period()))));
      }
    }
    TreeMap<Integer, List<String>> targets = new TreeMap<>();
    Set<String> undrawn = new LinkedHashSet<>();
    for (TargetSpec spec : indicator.targets()) {
      String text = Targets.text(spec, indicator.unit(), words);
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
      rows.add(
          new ChartTable.Row(
              labels.getOrDefault(year, Integer.toString(year)),
              List.of(
                  values.getOrDefault(year, ""),
                  String.join("; ", targets.getOrDefault(year, List.of())))));
    }
    if (!undrawn.isEmpty()) {
      notes.add(words.of(Text.of("charts.undrawn", String.join("; ", undrawn))));
    }
    return new ChartTable(
        indicator.name(),
        List.of(
            words.of(Text.of("charts.year")),
            header(Text.of("charts.value"), indicator.unit(), words),
            header(Text.of("charts.target"), indicator.unit(), words)),
        rows,
        notes);
  }

  /** A column's header with the unit the figures are in: "Värde (%)", "Mål (antal)". */
  private static String header(Text name, IndicatorUnit unit, ChartWords words) {
    return switch (unit) {
      case NUMBER, YES_NO -> words.of(name);
      default -> words.of(Text.of("charts.withUnit", name, Text.of("charts.unit." + unit.name())));
    };
  }

  /** "Värden 2021–2023, senast 66,9 (2023), ingående värde 61 %, mot mål 2025–2027: Öka." */
  static String description(IndicatorSeries series) {
    Indicator indicator = series.indicator;
    ChartWords words = series.words;
    Text text;
    List<IndicatorSeries.Measured> given =
        series.measured.stream().filter(m -> !m.value().missing()).toList();
    if (given.isEmpty()) {
      text = NO_VALUES;
    } else {
      IndicatorSeries.Measured last = given.get(given.size() - 1);
      String value = withUnit(series.text(last.value().value()), indicator.unit());
      text =
          given.size() == 1
              ? Text.of(
                  "charts.describe.value", Texts.years(given.get(0).year(), last.year()), value)
              : Text.of(
                  "charts.describe.values",
                  Texts.years(given.get(0).year(), last.year()),
                  value,
                  words.period(last.value().period()));
    }
    Baseline baseline = indicator.baseline();
    if (baseline != null && baseline.value() != null) {
      String value = withUnit(series.text(baseline.value()), indicator.unit());
      text =
          baseline.period() == null
              ? Text.of("charts.describe.baseline", text, value)
              : Text.of("charts.describe.baselineOf", text, value, words.period(baseline.period()));
    }
    if (!indicator.targets().isEmpty()) {
      int first =
          indicator.targets().stream()
              .flatMap(t -> t.years().stream())
              .min(Integer::compare)
              .orElseThrow();
      int last =
          indicator.targets().stream()
              .flatMap(t -> t.years().stream())
              .max(Integer::compare)
              .orElseThrow();
      Set<String> texts = new LinkedHashSet<>();
      boolean several = indicator.targets().size() > 1;
      indicator
          .targets()
          .forEach(
              t ->
                  texts.add(
                      Targets.text(t, indicator.unit(), true, words)
                          + (several ? " (" + Texts.years(t.years()) + ")" : "")));
      text =
          Text.of(
              "charts.describe.targets", text, Texts.years(first, last), String.join("; ", texts));
    }
    return words.of(Text.of("charts.describe.end", text));
  }

  private static String withUnit(String value, IndicatorUnit unit) {
    return unit == IndicatorUnit.PERCENT ? value + " %" : value;
  }
}
