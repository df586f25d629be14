package se.styr.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The goals of a plan as a tree, the way pages and documents show them: the top goals (those
 * without a parent, with a parent the plan does not hold, or with themselves as parent), each
 * goal's subgoals and indicators in the plan's order, and the indicators of no goal the plan holds
 * (the plan's own).
 */
public final class GoalHierarchy {
  private final List<Goal> roots = new ArrayList<>();
  private final Map<String, List<Goal>> children = new HashMap<>();
  private final Map<String, List<Indicator>> indicators = new HashMap<>();
  private final List<Indicator> ofPlan = new ArrayList<>();

  private GoalHierarchy(List<Goal> goals, List<Indicator> allIndicators) {
    Set<String> keys = new HashSet<>();
    goals.forEach(g -> keys.add(g.key()));
    for (Goal goal : goals) {
      if (goal.parent() == null
          || !keys.contains(goal.parent())
          || goal.parent().equals(goal.key())) {
        roots.add(goal);
      } else {
        children.computeIfAbsent(goal.parent(), k -> new ArrayList<>()).add(goal);
      }
    }
    for (Indicator indicator : allIndicators) {
      if (indicator.goal() != null && keys.contains(indicator.goal())) {
        indicators.computeIfAbsent(indicator.goal(), k -> new ArrayList<>()).add(indicator);
      } else {
        ofPlan.add(indicator);
      }
    }
  }

  public static GoalHierarchy of(List<Goal> goals, List<Indicator> indicators) {
    return new GoalHierarchy(goals, indicators);
  }

  /**
   * The top goals. A goal in a cycle of parents is reached from none of them; whoever walks the
   * tree adds those.
   */
  public List<Goal> roots() {
    return List.copyOf(roots);
  }

  public List<Goal> subgoals(String goalKey) {
    return List.copyOf(children.getOrDefault(goalKey, List.of()));
  }

  public List<Indicator> indicators(String goalKey) {
    return List.copyOf(indicators.getOrDefault(goalKey, List.of()));
  }

  /** The indicators of the plan as a whole (of no goal it holds). */
  public List<Indicator> ofPlan() {
    return List.copyOf(ofPlan);
  }
}
