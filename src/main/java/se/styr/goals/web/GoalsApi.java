package se.styr.goals.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styr.budget.SavingsMeasures;
import se.styr.checks.GoalFinding;
import se.styr.followup.FollowUpPlan;
import se.styr.goals.Assessor;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * The goal chain of a plan version, its computed assessment for a year, and its goal-chain faults.
 */
@RestController
@RequestMapping("/api/plans/{planId}/versions/{number}")
@Tag(
    name = "Goals",
    description = "Goals, indicators, commitments and the assessment of goal fulfilment")
class GoalsApi {
  private final PlanStore plans;
  private final PlanAccess access;

  GoalsApi(PlanStore plans, PlanAccess access) {
    this.plans = plans;
    this.access = access;
  }

  /**
   * The goal chain and commitments with the savings measures and what the plan follows up, as one
   * object (each section's fields at the top level).
   */
  record GoalsAnswer(
      @JsonUnwrapped GoalsJson goals,
      SavingsMeasures savingsMeasures,
      @JsonUnwrapped FollowUpPlan followUp) {}

  @GetMapping("/goals")
  @Operation(
      summary =
          "Goal levels, goals, indicators with baselines, targets and values, commitments, internal"
              + " control and reservations")
  GoalsAnswer goals(@PathVariable long planId, @PathVariable int number) {
    PlanDocument plan = load(planId, number);
    return new GoalsAnswer(GoalsJson.of(plan.goals()), plan.savingsMeasures(), plan.followUp());
  }

  @GetMapping("/assessment")
  @Operation(
      summary =
          "Goal fulfilment computed by the plan's rules for a year (default: the budget year),"
              + " every result with its explanation")
  AssessmentJson assessment(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestParam(required = false) Integer year) {
    PlanDocument plan = load(planId, number);
    int assessed = year == null ? plan.header().period().budgetYear() : year;
    if (assessed < 1900 || assessed > 2200) {
      throw StyrException.rule(Text.of("goals.error.implausibleYear", assessed));
    }
    Assessor.Report report =
        Assessor.assess(plan.goals().chain(), plan.municipality().scbCode(), assessed);
    return AssessmentJson.of(assessed, report, plan.goals().chain().settings().scale());
  }

  @GetMapping("/goal-findings")
  @Operation(
      summary =
          "Faults of the goal chain: targets outside the plan, indicators without target, relative"
              + " targets without comparison data, band gaps and overlaps, risk values, savings"
              + " totals")
  List<GoalFinding> goalFindings(@PathVariable long planId, @PathVariable int number) {
    PlanDocument plan = load(planId, number);
    return plan.goalFindings(plan.displayName());
  }

  private PlanDocument load(long planId, int number) {
    return plans.load(access.readable(planId, number).versionId());
  }
}
