package se.styr.goals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styr.shared.RuleProblem;
import se.styr.shared.Text;
import se.styr.shared.yaml.Where;

/**
 * The rules that tie a plan's goal chain and commitments together: every reference names something
 * that exists (levels, parents, rules, quality areas, goals, indicators), a goal sits below its
 * parent's level, a rule fits what it assesses, and a goal said to have no subgoal has none.
 * Problems are located by a path the plan file reader turns into a line.
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
        rule(
            level.rule(),
            true,
            "goalLevels/" + level.key() + "/rule",
            Where.item(GoalWords.GOAL_LEVEL, level.key()));
      }
    }
    if (plan.assessment().indicatorRule() != null) {
      rule(
          plan.assessment().indicatorRule(),
          false,
          "assessment/indicatorRule",
          Where.name("assessment"));
    }
    Set<String> qualityAreas = new HashSet<>();
    plan.qualityAreas().stream().map(QualityArea::key).forEach(qualityAreas::add);
    for (Goal goal : plan.goals()) {
      goal(goal, "goals/" + goal.key(), goals, qualityAreas);
    }
    for (Goal goal : plan.goals()) {
      if (goal.withoutSubgoal() != null
          && plan.goals().stream().anyMatch(g -> goal.key().equals(g.parent()))) {
        add(
            "goals/" + goal.key(),
            Text.of("goals.chain.subgoalDespite", Where.item(GoalWords.GOAL, goal.key())));
      }
      if (goal.replaces() != null) {
        add(
            "goals/" + goal.key() + "/replaces",
            Text.of("goals.chain.goalReplaces", Where.item(GoalWords.GOAL, goal.key())));
      }
    }
    for (Indicator indicator : plan.indicators()) {
      indicator(indicator, "indicators/" + indicator.key(), goals.keySet());
      if (indicator.replaces() != null) {
        add(
            "indicators/" + indicator.key() + "/replaces",
            Text.of(
                "goals.chain.indicatorReplaces", Where.item(GoalWords.INDICATOR, indicator.key())));
      }
    }
    plan.activities()
        .forEach(
            a -> {
              exists(
                  a.goal(),
                  goals.keySet(),
                  "activities/" + a.key() + "/goal",
                  Where.item(GoalWords.ACTIVITY, a.key()),
                  GoalWords.GOAL);
              exists(
                  a.indicator(),
                  indicators,
                  "activities/" + a.key() + "/indicator",
                  Where.item(GoalWords.ACTIVITY, a.key()),
                  GoalWords.INDICATOR);
            });
    plan.actionPlans()
        .forEach(
            p ->
                exists(
                    p.goal(),
                    goals.keySet(),
                    "actionPlans/" + p.key() + "/goal",
                    Where.item(GoalWords.ACTION_PLAN, p.key()),
                    GoalWords.GOAL));
    int index = 0;
    for (ManualAssessment manual : plan.assessment().manual()) {
      if (!(manual.ofIndicator()
          ? indicators.contains(manual.subject())
          : goals.containsKey(manual.subject()))) {
        add(
            "assessment/manual/" + index,
            Text.of(
                "goals.chain.manualSubject",
                manual.ofIndicator() ? GoalWords.INDICATOR : GoalWords.GOAL,
                manual.subject()));
      }
      index++;
    }
    plan.reservations().forEach(this::reservation);
  }

  private void reservation(Reservation reservation) {
    for (Reservation.Point point : reservation.points()) {
      String path = "reservations/" + reservation.key() + "/" + point.number() + "/";
      Text where =
          Where.then(
              Where.part(Where.item(GoalWords.RESERVATION, reservation.key()), GoalWords.POINT),
              point.number());
      for (String concern : point.concerns()) {
        if (!goals.containsKey(concern) && !indicators.contains(concern)) {
          add(path + "concerns", Text.of("goals.chain.concerns", where, concern));
        }
      }
      Map<String, Goal> known = new HashMap<>(goals);
      for (Goal goal : point.goals()) {
        if (goals.containsKey(goal.key()) || indicators.contains(goal.key())) {
          add(
              path + "goals/" + goal.key(),
              Text.of("goals.chain.proposedGoalKey", where, goal.key()));
        }
        known.put(goal.key(), goal);
      }
      for (Goal goal : point.goals()) {
        goal(goal, path + "goals/" + goal.key(), known, null);
        exists(
            goal.replaces(),
            goals.keySet(),
            path + "goals/" + goal.key() + "/replaces",
            Where.part(where, Where.item(GoalWords.GOAL, goal.key())),
            Text.of("goals.file.decidedGoal"));
      }
      for (Indicator indicator : point.indicators()) {
        if (indicators.contains(indicator.key()) || goals.containsKey(indicator.key())) {
          add(
              path + "indicators/" + indicator.key(),
              Text.of("goals.chain.proposedIndicatorKey", where, indicator.key()));
        }
        indicator(indicator, path + "indicators/" + indicator.key(), known.keySet());
        exists(
            indicator.replaces(),
            indicators,
            path + "indicators/" + indicator.key() + "/replaces",
            Where.part(where, Where.item(GoalWords.INDICATOR, indicator.key())),
            Text.of("goals.file.decidedIndicator"));
      }
    }
  }

  private void goal(Goal goal, String path, Map<String, Goal> known, Set<String> qualityAreas) {
    Text where = Where.item(GoalWords.GOAL, goal.key());
    Integer level = depth.get(goal.level());
    if (level == null) {
      add(path + "/level", Text.of("goals.chain.unknownLevel", where, goal.level()));
    }
    if (goal.parent() != null) {
      Goal parent = known.get(goal.parent());
      if (parent == null) {
        add(path + "/parent", Text.of("goals.chain.unknownParent", where, goal.parent()));
      } else if (level != null
          && depth.containsKey(parent.level())
          && depth.get(parent.level()) >= level) {
        add(
            path + "/parent",
            Text.of("goals.chain.levelNotBelow", where, goal.level(), parent.level()));
      }
    }
    if (goal.rule() != null) {
      rule(goal.rule(), true, path + "/rule", where);
    }
    if (qualityAreas != null) {
      for (String area : goal.qualityAreas()) {
        if (!qualityAreas.contains(area)) {
          add(path + "/qualityAreas", Text.of("goals.chain.unknownQualityArea", where, area));
        }
      }
    }
  }

  private void indicator(Indicator indicator, String path, Set<String> knownGoals) {
    Text where = Where.item(GoalWords.INDICATOR, indicator.key());
    exists(indicator.goal(), knownGoals, path + "/goal", where, GoalWords.GOAL);
    if (indicator.rule() != null) {
      rule(indicator.rule(), false, path + "/rule", where);
    }
  }

  private void rule(String key, boolean forGoals, String path, Text where) {
    AssessmentRule rule = plan.assessment().rule(key).orElse(null);
    if (rule == null) {
      add(path, Text.of("goals.chain.unknownRule", where, key));
    } else if (forGoals ? !rule.kind().forGoals() : !rule.kind().forIndicators()) {
      add(
          path,
          Text.of(
              forGoals ? "goals.chain.ruleForIndicators" : "goals.chain.ruleForGoals",
              where,
              key,
              rule.kind().fileName()));
    }
  }

  private void exists(String key, Set<String> known, String path, Text where, Text what) {
    if (key != null && !known.contains(key)) {
      add(path, Text.of("goals.chain.unknown", where, what, key));
    }
  }

  private void add(String path, Text text) {
    problems.add(new RuleProblem(null, null, null, path, text));
  }
}
