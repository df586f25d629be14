package se.styr.goals.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styr.goals.GlobalGoal;
import se.styr.goals.Goal;
import se.styr.goals.GoalHierarchy;
import se.styr.goals.GoalLevel;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.shared.Text;
import se.styr.texts.TextBlocks;

/**
 * The goal hierarchy as a tree, from the goals without a parent down, each goal with its
 * indicators, assessment, findings and the reservations that concern it. When the top goals are of
 * more than one level (Lerum's success factors beside its directions), they are grouped under their
 * level's name. Indicators of no goal (or of a goal the plan does not hold) are listed for the plan
 * as a whole.
 */
record GoalTreeView(List<LevelGroup> groups, List<IndicatorView> planIndicators) {

  /** The deepest heading HTML has. */
  static final int DEEPEST = 6;

  /**
   * Top goals of one level; {@code level} is null when all top goals share one level and need no
   * group heading.
   */
  record LevelGroup(String level, int heading, List<GoalNode> goals) {}

  record GoalNode(
      String key,
      String level,
      boolean showLevel,
      String number,
      String title,
      String perspective,
      String type,
      List<String> qualityAreas,
      List<Text> globalGoals,
      String withoutSubgoal,
      TextBlocks description,
      TextBlocks followUp,
      AssessmentView assessment,
      List<IndicatorView> indicators,
      List<GoalNode> children,
      List<GoalFindingView> findings,
      List<ReservationView.Mark> reservations,
      int heading) {

    public String anchor() {
      return "g-" + key;
    }
  }

  /** What the tree hangs on each goal and indicator, looked up by key. */
  record Annotations(
      Map<String, AssessmentView> goalAssessments,
      Map<String, AssessmentView> indicatorAssessments,
      Map<String, List<GoalFindingView>> findings,
      Map<String, List<ReservationView.Mark>> reservations) {

    /**
     * The findings that concern a goal or indicator, one of each kind (the page lists them all at
     * the top).
     */
    List<GoalFindingView> findings(String subject, String key) {
      List<GoalFindingView> all = findings.getOrDefault(subject + ":" + key, List.of());
      if (all.size() < 2) {
        return all;
      }
      Set<String> kinds = new HashSet<>();
      return all.stream().filter(f -> kinds.add(f.kind())).toList();
    }

    List<ReservationView.Mark> reservations(String key) {
      return reservations.getOrDefault(key, List.of());
    }
  }

  /**
   * The tree; {@code firstHeading} is the heading level of the first level below the tree's own
   * heading.
   */
  static GoalTreeView of(GoalPlan goalPlan, Annotations annotations, int firstHeading) {
    return new Builder(goalPlan, annotations).build(firstHeading);
  }

  public boolean isEmpty() {
    return groups.isEmpty() && planIndicators.isEmpty();
  }

  private static final class Builder {
    private final GoalPlan goalPlan;
    private final Annotations annotations;
    private final Map<String, String> levelNames = new HashMap<>();
    private final Map<String, String> qualityAreas = new HashMap<>();
    private final GoalHierarchy hierarchy;
    private final Set<String> placed = new HashSet<>();

    Builder(GoalPlan goalPlan, Annotations annotations) {
      this.goalPlan = goalPlan;
      this.annotations = annotations;
      this.hierarchy = GoalHierarchy.of(goalPlan.goals(), goalPlan.indicators());
      goalPlan.goalLevels().forEach(l -> levelNames.put(l.key(), l.name()));
      goalPlan.qualityAreas().forEach(q -> qualityAreas.put(q.key(), q.name()));
    }

    GoalTreeView build(int firstHeading) {
      List<Goal> roots = hierarchy.roots();
      List<IndicatorView> planIndicators =
          hierarchy.ofPlan().stream().map(this::indicator).toList();
      Map<String, List<Goal>> byLevel = new LinkedHashMap<>();
      goalPlan.goalLevels().forEach(l -> byLevel.put(l.key(), new ArrayList<>()));
      roots.forEach(g -> byLevel.computeIfAbsent(g.level(), k -> new ArrayList<>()).add(g));
      byLevel.values().removeIf(List::isEmpty);
      boolean grouped = byLevel.size() > 1;
      List<LevelGroup> groups = new ArrayList<>();
      byLevel.forEach(
          (level, goals) -> {
            int heading = grouped ? firstHeading + 1 : firstHeading;
            List<GoalNode> nodes = new ArrayList<>();
            goals.forEach(g -> nodes.add(node(g, heading, grouped)));
            groups.add(new LevelGroup(grouped ? levelName(level) : null, firstHeading, nodes));
          });
      // A goal in a cycle of parents is reached from no root; it is still shown, at the top.
      List<GoalNode> unreached = new ArrayList<>();
      for (Goal goal : goalPlan.goals()) {
        if (!placed.contains(goal.key())) {
          unreached.add(node(goal, firstHeading, false));
        }
      }
      if (!unreached.isEmpty()) {
        groups.add(new LevelGroup(null, firstHeading, unreached));
      }
      return new GoalTreeView(groups, planIndicators);
    }

    /**
     * A goal and everything below it; {@code levelInHeading} when a group heading above already
     * names its level.
     */
    private GoalNode node(Goal goal, int heading, boolean levelInHeading) {
      placed.add(goal.key());
      List<GoalNode> below = new ArrayList<>();
      for (Goal child : hierarchy.subgoals(goal.key())) {
        if (!placed.contains(child.key())) {
          below.add(node(child, Math.min(DEEPEST, heading + 1), false));
        }
      }
      String level = levelName(goal.level());
      boolean showLevel =
          !levelInHeading && (goal.number() == null || !goal.number().startsWith(level));
      return new GoalNode(
          goal.key(),
          level,
          showLevel,
          goal.number(),
          goal.title(),
          goal.perspective(),
          goal.type() == null ? null : goal.type().name(),
          goal.qualityAreas().stream().map(q -> qualityAreas.getOrDefault(q, q)).toList(),
          goal.globalGoals().stream().map(GlobalGoal::text).toList(),
          goal.withoutSubgoal(),
          TextBlocks.of(goal.description()),
          TextBlocks.of(goal.followUp()),
          annotations.goalAssessments().get(goal.key()),
          hierarchy.indicators(goal.key()).stream().map(this::indicator).toList(),
          below,
          annotations.findings("goal", goal.key()),
          annotations.reservations(goal.key()),
          heading);
    }

    private IndicatorView indicator(Indicator indicator) {
      return IndicatorView.of(
          indicator,
          annotations.indicatorAssessments().get(indicator.key()),
          annotations.findings("indicator", indicator.key()),
          annotations.reservations(indicator.key()));
    }

    private String levelName(String key) {
      return levelNames.getOrDefault(key, key);
    }
  }

  /** Level key to the municipality's own name of the level. */
  static Map<String, String> levelNames(List<GoalLevel> levels) {
    Map<String, String> names = new HashMap<>();
    levels.forEach(l -> names.put(l.key(), l.name()));
    return names;
  }
}
