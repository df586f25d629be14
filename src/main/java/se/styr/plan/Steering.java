package se.styr.plan;

import java.util.List;
import se.styr.budget.SavingsMeasures;
import se.styr.followup.InternalControlPlan;
import se.styr.followup.OperationalMeasure;
import se.styr.followup.Provider;
import se.styr.goals.ActionPlan;
import se.styr.goals.Activity;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.Assignment;
import se.styr.goals.ComparisonData;
import se.styr.goals.FocusArea;
import se.styr.goals.Goal;
import se.styr.goals.GoalChain;
import se.styr.goals.GoalLevel;
import se.styr.goals.Indicator;
import se.styr.goals.PriorityDirection;
import se.styr.goals.QualityArea;
import se.styr.goals.Reservation;

/**
 * Everything in a plan beside its text and tables that steers the year: the goal chain with its
 * indicators and assessment rules, the commitments (activities, assignments, priority directions,
 * action plans, focus areas, savings measures), internal control, providers and measures, and members'
 * reservations.
 */
public record Steering(
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
    SavingsMeasures savingsMeasures,
    InternalControlPlan internalControl,
    List<Provider> providers,
    List<OperationalMeasure> measures,
    List<Reservation> reservations,
    List<ComparisonData> comparisons) {

  public static final Steering NONE = new Steering(List.of(), List.of(), AssessmentSettings.NONE, List.of(), List.of(),
      List.of(), List.of(), List.of(), List.of(), List.of(), SavingsMeasures.NONE, InternalControlPlan.NONE, List.of(),
      List.of(), List.of(), List.of());

  public Steering {
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
    savingsMeasures = savingsMeasures == null ? SavingsMeasures.NONE : savingsMeasures;
    internalControl = internalControl == null ? InternalControlPlan.NONE : internalControl;
    providers = List.copyOf(providers);
    measures = List.copyOf(measures);
    reservations = List.copyOf(reservations);
    comparisons = List.copyOf(comparisons);
  }

  /** The decided goal chain, as the assessment sees it. */
  public GoalChain goalChain() {
    return new GoalChain(goalLevels, goals, indicators, activities, assessment, comparisons);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }
}
