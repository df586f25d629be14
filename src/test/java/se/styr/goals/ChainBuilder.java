package se.styr.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.styr.shared.Status;

/**
 * Builds small goal chains for tests: levels, goals, indicators with baseline, targets and values.
 */
final class ChainBuilder {
  static final AssessmentRule IMPROVEMENT =
      new AssessmentRule("indikator", RuleKind.IMPROVEMENT, null, null, List.of());
  static final AssessmentRule INHERIT =
      new AssessmentRule("kf", RuleKind.INHERIT, null, null, List.of());
  static final AssessmentRule SODERTALJE_MEAN =
      new AssessmentRule(
          "namndmal",
          RuleKind.MEAN,
          2,
          GapPolicy.UNASSESSED,
          List.of(
              band("0.00", "0.49", Result.NOT_MET, "Ej uppfyllt"),
              band("0.50", "0.69", Result.PARTLY_MET, "Delvis uppfyllt"),
              band("0.70", "1.00", Result.MET, "Uppfyllt")));

  private final List<GoalLevel> levels = new ArrayList<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<Indicator> indicators = new ArrayList<>();
  private final List<Activity> activities = new ArrayList<>();
  private final List<AssessmentRule> rules = new ArrayList<>();
  private final List<ManualAssessment> manual = new ArrayList<>();
  private final List<ComparisonData> comparisons = new ArrayList<>();
  private String indicatorRule;

  static RuleBand band(String from, String to, Result result, String printed) {
    return new RuleBand(new BigDecimal(from), new BigDecimal(to), result, printed);
  }

  /** Södertälje's chain: KF goal (inherits) → committee goal (mean of indicator scores, banded). */
  static ChainBuilder sodertalje() {
    return new ChainBuilder()
        .rule(IMPROVEMENT)
        .rule(INHERIT)
        .rule(SODERTALJE_MEAN)
        .indicatorRule("indikator")
        .level("kf-mal", "KF-mål", LevelKind.COUNCIL_GOAL, "kf")
        .level("namndmal", "Nämndmål", LevelKind.COMMITTEE_GOAL, "namndmal")
        .goal("kf1", "kf-mal", null)
        .goal("nm1", "namndmal", "kf1");
  }

  ChainBuilder rule(AssessmentRule rule) {
    rules.add(rule);
    return this;
  }

  ChainBuilder indicatorRule(String key) {
    indicatorRule = key;
    return this;
  }

  ChainBuilder level(String key, String name, LevelKind kind, String rule) {
    levels.add(new GoalLevel(key, name, kind, rule));
    return this;
  }

  ChainBuilder goal(String key, String level, String parent) {
    goals.add(
        new Goal(
            key,
            level,
            parent,
            null,
            "Mål " + key,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            null,
            null));
    return this;
  }

  ChainBuilder goalWithoutSubgoal(String key, String level, String decision) {
    goals.add(
        new Goal(
            key,
            level,
            null,
            null,
            "Mål " + key,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            decision,
            null,
            null));
    return this;
  }

  ChainBuilder indicator(Indicator indicator) {
    indicators.add(indicator);
    return this;
  }

  ChainBuilder activity(String key, String indicator, Status status) {
    activities.add(
        new Activity(key, null, indicator, "Aktivitet " + key, null, null, null, status));
    return this;
  }

  /** An activity tied to a goal and, if not null, to one of its indicators. */
  ChainBuilder activityOfGoal(String key, String goal, String indicator, Status status) {
    activities.add(
        new Activity(key, goal, indicator, "Aktivitet " + key, null, null, null, status));
    return this;
  }

  ChainBuilder manual(String goal, int year, Result result, String justification) {
    manual.add(
        new ManualAssessment(goal, false, year, result, "Karin Björkryd", null, justification));
    return this;
  }

  ChainBuilder comparison(String kpi, int year, Object... codesAndValues) {
    java.util.Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < codesAndValues.length; i += 2) {
      values.put((String) codesAndValues[i], new BigDecimal(codesAndValues[i + 1].toString()));
    }
    comparisons.add(new ComparisonData(kpi, Integer.toString(year), values));
    return this;
  }

  ChainBuilder fetchedComparison(String kpi, int year, Fetched fetched, Object... codesAndValues) {
    comparison(kpi, year, codesAndValues);
    ComparisonData plain = comparisons.remove(comparisons.size() - 1);
    comparisons.add(new ComparisonData(plain.kpi(), plain.period(), plain.values(), fetched));
    return this;
  }

  GoalChain chain() {
    return new GoalChain(
        levels,
        goals,
        indicators,
        activities,
        new AssessmentSettings(indicatorRule, rules, manual),
        comparisons);
  }

  /** An indicator under construction. */
  static final class IndicatorBuilder {
    private final String key;
    private String goal;
    private IndicatorUnit unit = IndicatorUnit.PERCENT;
    private Better better;
    private Baseline baseline;
    private Source source;
    private String rule;
    private final List<TargetSpec> targets = new ArrayList<>();
    private final List<IndicatorValue> values = new ArrayList<>();
    private BudgetMeasure measures;

    IndicatorBuilder(String key) {
      this.key = key;
    }

    static IndicatorBuilder indicator(String key) {
      return new IndicatorBuilder(key);
    }

    IndicatorBuilder goal(String goalKey) {
      goal = goalKey;
      return this;
    }

    IndicatorBuilder unit(IndicatorUnit newUnit) {
      unit = newUnit;
      return this;
    }

    IndicatorBuilder better(Better direction) {
      better = direction;
      return this;
    }

    IndicatorBuilder kpi(String kpi) {
      source = new Source(SourceType.KOLADA, "Kolada", kpi);
      return this;
    }

    IndicatorBuilder kpi(String kpi, ComparisonGroup among) {
      source = new Source(SourceType.KOLADA, "Kolada", kpi, null, null, among);
      return this;
    }

    IndicatorBuilder rule(String ruleKey) {
      rule = ruleKey;
      return this;
    }

    IndicatorBuilder measures(BudgetMeasure measure) {
      measures = measure;
      return this;
    }

    IndicatorBuilder baseline(Quantity value) {
      baseline = new Baseline(value.text(), value, null, false);
      return this;
    }

    IndicatorBuilder baseline(String value) {
      return baseline(amount(value));
    }

    IndicatorBuilder newIndicator() {
      baseline = new Baseline("Ny indikator", null, null, true);
      return this;
    }

    IndicatorBuilder target(int year, String target) {
      targets.add(new TargetSpec(List.of(year), null, Target.parse(target)));
      return this;
    }

    IndicatorBuilder value(int year, Quantity value) {
      values.add(new IndicatorValue(Integer.toString(year), null, value, false, null, null));
      return this;
    }

    IndicatorBuilder value(int year, String value) {
      return value(year, amount(value));
    }

    IndicatorBuilder fetchedValue(int year, String value, Fetched fetched) {
      values.add(
          new IndicatorValue(
              Integer.toString(year), null, amount(value), false, null, null, fetched));
      return this;
    }

    IndicatorBuilder missing(int year) {
      values.add(new IndicatorValue(Integer.toString(year), "saknas", null, true, null, null));
      return this;
    }

    Indicator build() {
      return new Indicator(
          key,
          goal,
          "Indikator " + key,
          unit,
          better,
          null,
          source,
          baseline,
          targets,
          values,
          null,
          List.of(),
          rule,
          null,
          measures);
    }
  }

  static Quantity amount(String value) {
    return new Quantity.Amount(new BigDecimal(value));
  }
}
