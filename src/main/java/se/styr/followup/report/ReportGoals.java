package se.styr.followup.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.Assessor;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorValue;
import se.styr.goals.ManualAssessment;
import se.styr.plan.PlanDocument;

/**
 * The goals of a plan assessed at a follow-up occasion: the plan's indicators with the values
 * reported at the occasion added (a reported value replaces the plan's for the same period), every
 * goal and indicator assessed for the occasion's year by the plan's own rules and manual
 * assessments.
 */
public final class ReportGoals {
  private ReportGoals() {}

  public static Assessor.Report assess(FollowUpReport report, PlanDocument plan) {
    return assess(plan.goals(), plan.municipality().scbCode(), report);
  }

  /**
   * The {@code goals} of a municipality ({@code code}: SCB's, for relative targets) assessed at the
   * report's occasion with its values and the statuses of its activities.
   */
  public static Assessor.Report assess(GoalPlan goals, String code, FollowUpReport report) {
    GoalPlan atOccasion =
        withAssessments(
            withStatuses(withValues(goals, report.indicators()), report.commitments()),
            report.assessments());
    return Assessor.assess(atOccasion.chain(), code, report.occasion().year());
  }

  /**
   * The plan's goals with its activities where the occasion says where they stand: a rule that
   * counts the efforts behind an indicator (Södertälje's 0,5 for "not improved despite activities")
   * counts them as they stand at the occasion, not as planned.
   */
  static GoalPlan withStatuses(GoalPlan plan, List<se.styr.followup.CommitmentEntry> entries) {
    Map<String, se.styr.shared.Status> statuses = new HashMap<>();
    entries.stream()
        .filter(e -> e.kind() == se.styr.followup.CommitmentEntry.Kind.ACTIVITY)
        .forEach(e -> statuses.put(e.key(), e.status()));
    if (statuses.isEmpty()) {
      return plan;
    }
    List<se.styr.goals.Activity> activities =
        plan.activities().stream()
            .map(
                a ->
                    statuses.containsKey(a.key())
                        ? new se.styr.goals.Activity(
                            a.key(),
                            a.goal(),
                            a.indicator(),
                            a.title(),
                            a.description(),
                            a.responsible(),
                            a.due(),
                            statuses.get(a.key()))
                        : a)
            .toList();
    return new GoalPlan(
        plan.goalLevels(),
        plan.qualityAreas(),
        plan.assessment(),
        plan.goals(),
        plan.indicators(),
        activities,
        plan.assignments(),
        plan.priorityDirections(),
        plan.actionPlans(),
        plan.focusAreas(),
        plan.reservations(),
        plan.comparisons());
  }

  /**
   * The plan's goals with the assessments {@code made} at the occasion in place of the plan's own
   * for the same goal or indicator and year.
   */
  static GoalPlan withAssessments(GoalPlan plan, List<ManualAssessment> made) {
    if (made.isEmpty()) {
      return plan;
    }
    AssessmentSettings settings = plan.assessment();
    List<ManualAssessment> manual = new ArrayList<>(made);
    for (ManualAssessment earlier : settings.manual()) {
      if (made.stream()
          .noneMatch(
              m ->
                  m.subject().equals(earlier.subject())
                      && m.ofIndicator() == earlier.ofIndicator()
                      && m.year() == earlier.year())) {
        manual.add(earlier);
      }
    }
    return new GoalPlan(
        plan.goalLevels(),
        plan.qualityAreas(),
        new AssessmentSettings(
            settings.indicatorRule(), settings.rules(), manual, settings.scale()),
        plan.goals(),
        plan.indicators(),
        plan.activities(),
        plan.assignments(),
        plan.priorityDirections(),
        plan.actionPlans(),
        plan.focusAreas(),
        plan.reservations(),
        plan.comparisons());
  }

  /** The plan's goals with {@code entries} among their indicators' values. */
  static GoalPlan withValues(GoalPlan plan, List<IndicatorEntry> entries) {
    if (entries.isEmpty()) {
      return plan;
    }
    Map<String, List<IndicatorEntry>> byIndicator = new HashMap<>();
    entries.forEach(e -> byIndicator.computeIfAbsent(e.indicator(), k -> new ArrayList<>()).add(e));
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : plan.indicators()) {
      List<IndicatorEntry> reported = byIndicator.get(indicator.key());
      if (reported == null) {
        indicators.add(indicator);
        continue;
      }
      java.util.Set<String> periods = new java.util.HashSet<>();
      for (IndicatorEntry entry : reported) {
        periods.add(entry.period());
      }
      List<IndicatorValue> values = new ArrayList<>();
      for (IndicatorValue value : indicator.values()) {
        if (!periods.contains(value.period())) {
          values.add(value);
        }
      }
      for (IndicatorEntry entry : reported) {
        values.add(
            new IndicatorValue(
                entry.period(),
                entry.printed() != null || entry.value() == null
                    ? entry.printed()
                    : entry.value().swedish(),
                entry.value(),
                entry.missing(),
                null,
                null));
      }
      indicators.add(indicator.withValues(values));
    }
    return new GoalPlan(
        plan.goalLevels(),
        plan.qualityAreas(),
        plan.assessment(),
        plan.goals(),
        indicators,
        plan.activities(),
        plan.assignments(),
        plan.priorityDirections(),
        plan.actionPlans(),
        plan.focusAreas(),
        plan.reservations(),
        plan.comparisons());
  }

  /**
   * The indicator's targets for the occasion's year as the plan states them ("≥ 90 %", "Öka"),
   * joined by "; "; blank when the plan sets none for that year or has no such indicator.
   */
  public static String targets(FollowUpReport report, PlanDocument plan, String indicator) {
    int year = report.occasion().periodEnd().getYear();
    return plan.goals().indicators().stream()
        .filter(i -> i.key().equals(indicator))
        .findFirst()
        .map(
            i ->
                String.join(
                    "; ",
                    i.targetsFor(year).stream().map(se.styr.goals.TargetSpec::swedish).toList()))
        .orElse("");
  }

  /**
   * The plan's indicators with the values reported at the occasion added to those the plan states,
   * for charts of each indicator over the years.
   */
  public static List<se.styr.goals.Indicator> indicatorsAtOccasion(
      FollowUpReport report, PlanDocument plan) {
    return withValues(plan.goals(), report.indicators()).indicators();
  }
}
