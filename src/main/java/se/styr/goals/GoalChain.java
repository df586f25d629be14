package se.styr.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decided chain from the top goals down to indicators and activities, indexed for the
 * assessment: a goal's subgoals, its indicators, the activities behind an indicator, and the rule
 * for each.
 */
public final class GoalChain {
  private final List<Goal> goals;
  private final List<Indicator> indicators;
  private final AssessmentSettings settings;
  private final Map<String, GoalLevel> levelsByKey = new HashMap<>();
  private final Map<String, List<Goal>> subgoals = new HashMap<>();
  private final Map<String, List<Indicator>> indicatorsOfGoal = new HashMap<>();
  private final Map<String, java.util.Set<String>> effortsByIndicator = new HashMap<>();
  private final Map<String, java.util.Set<String>> effortsByGoal = new HashMap<>();
  private final Map<String, ComparisonData> comparisons = new HashMap<>();
  private final Map<String, AssessmentRule> rules = new HashMap<>();
  private final Map<String, ManualAssessment> manual = new HashMap<>();

  public GoalChain(
      List<GoalLevel> levels,
      List<Goal> goals,
      List<Indicator> indicators,
      List<Activity> activities,
      AssessmentSettings settings,
      List<ComparisonData> comparisons) {
    this.goals = List.copyOf(goals);
    this.indicators = List.copyOf(indicators);
    this.settings = settings == null ? AssessmentSettings.NONE : settings;
    levels.forEach(l -> levelsByKey.put(l.key(), l));
    for (Goal goal : goals) {
      if (goal.parent() != null) {
        subgoals.computeIfAbsent(goal.parent(), k -> new ArrayList<>()).add(goal);
      }
    }
    for (Indicator indicator : indicators) {
      if (indicator.goal() != null) {
        indicatorsOfGoal.computeIfAbsent(indicator.goal(), k -> new ArrayList<>()).add(indicator);
      }
    }
    for (Activity activity : activities) {
      if (activity.status().isEffort()) {
        if (activity.indicator() != null) {
          effortsByIndicator
              .computeIfAbsent(activity.indicator(), k -> new java.util.HashSet<>())
              .add(activity.key());
        }
        if (activity.goal() != null) {
          effortsByGoal
              .computeIfAbsent(activity.goal(), k -> new java.util.HashSet<>())
              .add(activity.key());
        }
      }
    }
    this.settings.rules().forEach(r -> rules.putIfAbsent(r.key(), r));
    this.settings.manual().forEach(m -> manual.put(m.subject() + "@" + m.year(), m));
    for (ComparisonData data : comparisons) {
      this.comparisons.put(data.kpi() + "@" + data.year(), data);
    }
  }

  public List<Goal> goals() {
    return goals;
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  public AssessmentSettings settings() {
    return settings;
  }

  public Optional<GoalLevel> level(String key) {
    return Optional.ofNullable(levelsByKey.get(key));
  }

  public List<Goal> subgoals(String goalKey) {
    return subgoals.getOrDefault(goalKey, List.of());
  }

  public List<Indicator> indicatorsOf(String goalKey) {
    return indicatorsOfGoal.getOrDefault(goalKey, List.of());
  }

  /**
   * How many activities, planned or done, stand behind the indicator (its own and its goal's), each
   * counted once even when it is tied to both.
   */
  public int efforts(Indicator indicator) {
    java.util.Set<String> all =
        new java.util.HashSet<>(
            effortsByIndicator.getOrDefault(indicator.key(), java.util.Set.of()));
    if (indicator.goal() != null) {
      all.addAll(effortsByGoal.getOrDefault(indicator.goal(), java.util.Set.of()));
    }
    return all.size();
  }

  /** All municipalities' values of a KPI for a year, if stored. */
  public Optional<ComparisonData> comparison(String kpi, int year) {
    return kpi == null ? Optional.empty() : Optional.ofNullable(comparisons.get(kpi + "@" + year));
  }

  /** The rule a goal is assessed by: its own, its level's, or none (all parts met). */
  public Optional<AssessmentRule> ruleFor(Goal goal) {
    String key = goal.rule();
    if (key == null) {
      key = level(goal.level()).map(GoalLevel::rule).orElse(null);
    }
    return key == null ? Optional.empty() : Optional.ofNullable(rules.get(key));
  }

  /** The assessment a person made of a goal or indicator for a year, the latest if several. */
  public Optional<ManualAssessment> manual(String subject, int year) {
    return manual.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(manual.get(subject + "@" + year));
  }

  /**
   * The rule an indicator is assessed by: its own, the plan's indicator rule, or none (its target).
   */
  public Optional<AssessmentRule> ruleFor(Indicator indicator) {
    String key = indicator.rule() != null ? indicator.rule() : settings.indicatorRule();
    return key == null ? Optional.empty() : Optional.ofNullable(rules.get(key));
  }
}
