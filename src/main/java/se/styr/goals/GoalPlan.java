package se.styr.goals;

import java.util.List;

/**
 * A plan's goal chain as decided, with what it commits to: the municipality's goal levels and
 * quality areas, the assessment rules, the goals and indicators, the activities, assignments,
 * priority directions, action plans and focus areas, members' reservations proposing other goals,
 * and the other municipalities' values that relative targets are compared with. The goals section
 * of a plan file ({@link GoalFile}).
 */
public record GoalPlan(
    List<GoalLevel> goalLevels,
    List<QualityArea> qualityAreas,
    AssessmentSettings assessment,
    List<Goal> goals,
    List<Indicator> indicators,
    List<Activity> activities,
    List<Assignment> assignments,
    List<PriorityDirection> priorityDirections,
    List<ActionPlan> actionPlans,
    List<FocusArea> focusAreas,
    List<Reservation> reservations,
    List<ComparisonData> comparisons) {

  public static final GoalPlan NONE =
      new GoalPlan(
          List.of(),
          List.of(),
          AssessmentSettings.NONE,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  /**
   * A goal plan holding only goal levels, quality areas, assessment rules and goals (what a
   * municipality's template or a council's plan shares): no indicators or commitments.
   */
  public static GoalPlan ofGoals(
      List<GoalLevel> goalLevels,
      List<QualityArea> qualityAreas,
      AssessmentSettings assessment,
      List<Goal> goals) {
    return new GoalPlan(
        goalLevels,
        qualityAreas,
        assessment,
        goals,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  public GoalPlan {
    goalLevels = List.copyOf(goalLevels);
    qualityAreas = List.copyOf(qualityAreas);
    assessment = assessment == null ? AssessmentSettings.NONE : assessment;
    goals = List.copyOf(goals);
    indicators = List.copyOf(indicators);
    activities = List.copyOf(activities);
    assignments = List.copyOf(assignments);
    priorityDirections = List.copyOf(priorityDirections);
    actionPlans = List.copyOf(actionPlans);
    focusAreas = List.copyOf(focusAreas);
    reservations = List.copyOf(reservations);
    comparisons = List.copyOf(comparisons);
  }

  /** The decided goal chain, indexed as the assessment sees it. */
  public GoalChain chain() {
    return new GoalChain(goalLevels, goals, indicators, activities, assessment, comparisons);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }
}
