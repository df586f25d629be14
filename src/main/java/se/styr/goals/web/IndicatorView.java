package se.styr.goals.web;

import java.util.ArrayList;
import java.util.List;
import se.styr.goals.Baseline;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorLevel;
import se.styr.goals.IndicatorValue;
import se.styr.goals.TargetSpec;
import se.styr.shared.Text;

/**
 * One indicator as a row of a goal's indicator table: unit, source, baseline, the targets per year
 * and the values per period as printed, its own assessment, and the findings and reservations that
 * concern it.
 */
record IndicatorView(
    String key,
    String name,
    String unit,
    String level,
    String sourceType,
    String sourceName,
    String kpi,
    BaselineView baseline,
    List<TargetView> targets,
    List<ValueView> values,
    OutlookView outlook,
    List<String> footnotes,
    AssessmentView assessment,
    List<GoalFindingView> findings,
    List<ReservationView.Mark> reservations) {

  /**
   * The baseline as printed (or its value), the period it was measured, and whether the indicator
   * is new.
   */
  record BaselineView(Text text, String period, boolean isNew) {}

  /** "2026–2027": "Öka". */
  record TargetView(String years, String text) {}

  /**
   * A value as printed, or with its rank ("52,5 (plats 121 av 290)"); null when missing and
   * unprinted.
   */
  record ValueView(String period, Text text, boolean missing, Text fetched) {}

  record OutlookView(String period, String direction, String printed) {}

  public String anchor() {
    return "i-" + key;
  }

  static IndicatorView of(
      Indicator indicator,
      AssessmentView assessment,
      List<GoalFindingView> findings,
      List<ReservationView.Mark> reservations) {
    String sourceType = indicator.source() == null ? null : indicator.source().type().name();
    String sourceName = indicator.source() == null ? null : indicator.source().name();
    String kpi = indicator.source() == null ? null : indicator.source().kpi();
    return new IndicatorView(
        indicator.key(),
        indicator.name(),
        indicator.unit().name(),
        indicator.level() == IndicatorLevel.COMMITTEE ? null : indicator.level().name(),
        sourceType,
        sourceName,
        kpi,
        baseline(indicator.baseline()),
        targets(indicator.targets()),
        values(indicator.values()),
        indicator.outlook() == null
            ? null
            : new OutlookView(
                indicator.outlook().period(),
                indicator.outlook().direction().name(),
                indicator.outlook().printed()),
        indicator.footnotes(),
        assessment,
        findings,
        reservations);
  }

  static BaselineView baseline(Baseline baseline) {
    if (baseline == null) {
      return null;
    }
    return new BaselineView(baseline.shown(), baseline.period(), baseline.isNew());
  }

  static List<TargetView> targets(List<TargetSpec> specs) {
    List<TargetView> targets = new ArrayList<>(specs.size());
    for (TargetSpec spec : specs) {
      targets.add(new TargetView(years(spec.years()), spec.swedish()));
    }
    return targets;
  }

  static List<ValueView> values(List<IndicatorValue> values) {
    List<ValueView> views = new ArrayList<>(values.size());
    for (IndicatorValue value : values) {
      views.add(
          new ValueView(
              value.period(),
              value.shown(),
              value.missing(),
              value.fetched() == null
                  ? null
                  : Text.of(
                      "goals.value.fetched",
                      value.fetched().source(),
                      value.fetched().on().toString())));
    }
    return views;
  }

  /** "2025", "2025–2027" for consecutive years, otherwise "2024, 2026". */
  static String years(List<Integer> years) {
    List<Integer> sorted = years.stream().sorted().toList();
    int first = sorted.get(0);
    int last = sorted.get(sorted.size() - 1);
    if (sorted.size() > 1 && last - first + 1 == sorted.size()) {
      return first + "–" + last;
    }
    return String.join(", ", sorted.stream().map(String::valueOf).toList());
  }
}
