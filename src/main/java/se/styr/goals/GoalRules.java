package se.styr.goals;

import se.styr.shared.RuleProblem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that tie a plan's goal chain and commitments together: every reference names something
 * that exists (levels, parents, rules, quality areas, goals, indicators), a goal sits below its
 * parent's level, a rule fits what it assesses, and a goal said to have no subgoal has none. Problems
 * are located by a path the plan file reader turns into a line.
 */
public final class GoalRules {
  private final GoalPlan plan;
  private final List<RuleProblem> problems;
  private final Map<String, Integer> depth = new HashMap<>();
  private final Map<String, Goal> goals = new HashMap<>();
  private final Set<String> indicators = new HashSet<>();

  private GoalRules(GoalPlan plan, List<RuleProblem> problems) {
    this.plan = plan;
    this.problems = problems;
    List<GoalLevel> levels = plan.goalLevels();
    for (int i = 0; i < levels.size(); i++) {
      depth.put(levels.get(i).key(), i);
    }
  }

  /** Every rule problem of the goal chain and commitments, added to {@code problems}. */
  public static void check(GoalPlan plan, List<RuleProblem> problems) {
    new GoalRules(plan, problems).check();
  }

  private void check() {
    plan.goals().forEach(g -> goals.put(g.key(), g));
    plan.indicators().forEach(i -> indicators.add(i.key()));
    for (GoalLevel level : plan.goalLevels()) {
      if (level.rule() != null) {
        rule(level.rule(), true, "goalLevels/" + level.key() + "/rule", "goal level '" + level.key() + "'");
      }
    }
    if (plan.assessment().indicatorRule() != null) {
      rule(plan.assessment().indicatorRule(), false, "assessment/indicatorRule", "assessment");
    }
    Set<String> qualityAreas = new HashSet<>();
    plan.qualityAreas().stream().map(QualityArea::key).forEach(qualityAreas::add);
    for (Goal goal : plan.goals()) {
      goal(goal, "goals/" + goal.key(), goals, qualityAreas);
    }
    for (Goal goal : plan.goals()) {
      if (goal.withoutSubgoal() != null && plan.goals().stream().anyMatch(g -> goal.key().equals(g.parent()))) {
        add("goals/" + goal.key(), "goal '" + goal.key() + "' is decided to have no subgoal but has one");
      }
      if (goal.replaces() != null) {
        add("goals/" + goal.key() + "/replaces", "goal '" + goal.key() + "': only a goal proposed in a reservation replaces another");
      }
    }
    for (Indicator indicator : plan.indicators()) {
      indicator(indicator, "indicators/" + indicator.key(), goals.keySet());
      if (indicator.replaces() != null) {
        add("indicators/" + indicator.key() + "/replaces",
            "indicator '" + indicator.key() + "': only an indicator proposed in a reservation replaces another");
      }
    }
    plan.activities().forEach(a -> {
      exists(a.goal(), goals.keySet(), "activities/" + a.key() + "/goal", "activity '" + a.key() + "'", "goal");
      exists(a.indicator(), indicators, "activities/" + a.key() + "/indicator", "activity '" + a.key() + "'", "indicator");
    });
    plan.actionPlans().forEach(p -> exists(p.goal(), goals.keySet(), "actionPlans/" + p.key() + "/goal",
        "action plan '" + p.key() + "'", "goal"));
    int index = 0;
    for (ManualAssessment manual : plan.assessment().manual()) {
      if (!(manual.ofIndicator() ? indicators.contains(manual.subject()) : goals.containsKey(manual.subject()))) {
        add("assessment/manual/" + index, "manual assessment: no " + (manual.ofIndicator() ? "indicator" : "goal")
            + " '" + manual.subject() + "'");
      }
      index++;
    }
    plan.reservations().forEach(this::reservation);
  }

  private void reservation(Reservation reservation) {
    for (Reservation.Point point : reservation.points()) {
      String path = "reservations/" + reservation.key() + "/" + point.number() + "/";
      String where = "reservation '" + reservation.key() + "', point " + point.number();
      for (String concern : point.concerns()) {
        if (!goals.containsKey(concern) && !indicators.contains(concern)) {
          add(path + "concerns", where + ": concerns no goal or indicator '" + concern + "'");
        }
      }
      Map<String, Goal> known = new HashMap<>(goals);
      for (Goal goal : point.goals()) {
        if (goals.containsKey(goal.key()) || indicators.contains(goal.key())) {
          add(path + "goals/" + goal.key(), where + ": proposed goal '" + goal.key() + "' reuses the key of a decided one");
        }
        known.put(goal.key(), goal);
      }
      for (Goal goal : point.goals()) {
        goal(goal, path + "goals/" + goal.key(), known, null);
        exists(goal.replaces(), goals.keySet(), path + "goals/" + goal.key() + "/replaces", where + ", goal '" + goal.key() + "'",
            "decided goal");
      }
      for (Indicator indicator : point.indicators()) {
        if (indicators.contains(indicator.key()) || goals.containsKey(indicator.key())) {
          add(path + "indicators/" + indicator.key(), where + ": proposed indicator '" + indicator.key() + "' reuses the key of a decided one");
        }
        indicator(indicator, path + "indicators/" + indicator.key(), known.keySet());
        exists(indicator.replaces(), indicators, path + "indicators/" + indicator.key() + "/replaces",
            where + ", indicator '" + indicator.key() + "'", "decided indicator");
      }
    }
  }

  private void goal(Goal goal, String path, Map<String, Goal> known, Set<String> qualityAreas) {
    String where = "goal '" + goal.key() + "'";
    Integer level = depth.get(goal.level());
    if (level == null) {
      add(path + "/level", where + ": unknown level '" + goal.level() + "' (not among goalLevels)");
    }
    if (goal.parent() != null) {
      Goal parent = known.get(goal.parent());
      if (parent == null) {
        add(path + "/parent", where + ": unknown parent goal '" + goal.parent() + "'");
      } else if (level != null && depth.containsKey(parent.level()) && depth.get(parent.level()) >= level) {
        add(path + "/parent", where + ": its level '" + goal.level() + "' is not below its parent's level '" + parent.level() + "'");
      }
    }
    if (goal.rule() != null) {
      rule(goal.rule(), true, path + "/rule", where);
    }
    if (qualityAreas != null) {
      for (String area : goal.qualityAreas()) {
        if (!qualityAreas.contains(area)) {
          add(path + "/qualityAreas", where + ": unknown quality area '" + area + "' (not among qualityAreas)");
        }
      }
    }
  }

  private void indicator(Indicator indicator, String path, Set<String> knownGoals) {
    String where = "indicator '" + indicator.key() + "'";
    exists(indicator.goal(), knownGoals, path + "/goal", where, "goal");
    if (indicator.rule() != null) {
      rule(indicator.rule(), false, path + "/rule", where);
    }
  }

  private void rule(String key, boolean forGoals, String path, String where) {
    AssessmentRule rule = plan.assessment().rule(key).orElse(null);
    if (rule == null) {
      add(path, where + ": unknown rule '" + key + "' (not among assessment → rules)");
    } else if (forGoals ? !rule.kind().forGoals() : !rule.kind().forIndicators()) {
      add(path, where + ": rule '" + key + "' is a " + rule.kind().fileName() + " rule, which assesses "
          + (forGoals ? "indicators, not goals" : "goals, not indicators"));
    }
  }

  private void exists(String key, Set<String> known, String path, String where, String what) {
    if (key != null && !known.contains(key)) {
      add(path, where + ": unknown " + what + " '" + key + "'");
    }
  }

  private void add(String path, String message) {
    problems.add(new RuleProblem(null, null, null, path, message));
  }

}
