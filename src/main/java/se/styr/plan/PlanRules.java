package se.styr.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.styr.budget.SavingsMeasures;
import se.styr.budget.TableRules;
import se.styr.followup.FollowUpPlan;
import se.styr.followup.FollowUpRules;
import se.styr.forecast.ForecastReferences;
import se.styr.forecast.Forecasts;
import se.styr.goals.GoalPlan;
import se.styr.goals.GoalRules;
import se.styr.organisation.AreaRules;
import se.styr.shared.RuleProblem;

/**
 * The rules of a whole plan, each section checked by its feature's rules against what the plan
 * holds: areas, tables and text figures, the goal chain, savings measures and follow-up. One
 * implementation serves the plan file reader, the store and the REST API.
 */
public final class PlanRules {
  private PlanRules() {}

  /** Every rule problem of a whole plan. */
  public static List<RuleProblem> check(PlanDocument plan) {
    List<RuleProblem> tooLarge = PlanSize.check(plan);
    if (!tooLarge.isEmpty()) {
      return tooLarge; // the other rules are not worth checking on a plan that will not be stored
    }
    List<RuleProblem> problems = new ArrayList<>(PlanLengths.check(plan));
    problems.addAll(AreaRules.check(plan.areas()));
    Set<String> areaKeys = AreaRules.keys(plan.areas());
    Set<String> reprinted = new LinkedHashSet<>();
    for (Block block : plan.content()) {
      if (block instanceof Block.TableReference reference) {
        reprinted.add(reference.key());
      }
    }
    problems.addAll(
        TableRules.check(
            plan.tables(), reprinted, plan.textFigures(), plan.header().period(), areaKeys));
    problems.addAll(checkSections(plan.goals(), plan.savingsMeasures(), plan.followUp(), areaKeys));
    problems.addAll(ledgerProjects(plan));
    problems.addAll(forecasts(plan.forecasts(), plan));
    return problems;
  }

  /** The rules of needs forecasts read from {@code plan}'s own statistics tables. */
  static List<RuleProblem> forecasts(Forecasts forecasts, PlanDocument plan) {
    return ForecastReferences.check(forecasts, PlanStatistics.of(plan));
  }

  /**
   * Whether {@code mapping} fits {@code plan}: its area rules name the plan's areas, its project
   * rules the projects of its investment budget (a mapping changed beside a decided plan, ADR
   * 0015).
   */
  public static List<RuleProblem> ledgerMapping(
      se.styr.followup.LedgerMapping mapping, PlanDocument plan) {
    List<RuleProblem> problems = new ArrayList<>();
    Set<String> areaKeys = new LinkedHashSet<>();
    plan.areas().forEach(a -> areaKeys.add(a.key()));
    se.styr.followup.FollowUpRules.ledgerAreas(mapping, areaKeys, problems);
    problems.addAll(ledgerProjects(mapping, plan));
    return problems;
  }

  /** A ledger mapping names only investment projects the plan's investment budget has. */
  static List<RuleProblem> ledgerProjects(PlanDocument plan) {
    return ledgerProjects(plan.followUp().ledger(), plan);
  }

  private static List<RuleProblem> ledgerProjects(
      se.styr.followup.LedgerMapping mapping, PlanDocument plan) {
    Set<String> projects = investmentProjects(plan).keySet();
    List<RuleProblem> problems = new ArrayList<>();
    for (se.styr.followup.LedgerRule rule : mapping.projects()) {
      if (!projects.contains(rule.key())) {
        problems.add(
            new RuleProblem(
                null,
                null,
                null,
                "followUp/ledger/projects/" + rule.key(),
                se.styr.shared.Text.of(
                    "followup.ledger.unknownProject", rule.key(), String.join(", ", projects))));
      }
    }
    return problems;
  }

  /** The projects of the plan's investment budget tables: key and name, in the tables' order. */
  public static java.util.Map<String, String> investmentProjects(PlanDocument plan) {
    java.util.Map<String, String> projects = new java.util.LinkedHashMap<>();
    plan.tables().stream()
        .filter(t -> t.kind() == se.styr.budget.TableKind.INVESTMENT_BUDGET)
        .flatMap(t -> t.rows().stream())
        .filter(r -> r.role() == se.styr.budget.RowRole.ITEM)
        .forEach(r -> projects.putIfAbsent(r.key(), r.label()));
    return projects;
  }

  /** The rule problems of the sections beside tables and text, for a plan with the given areas. */
  public static List<RuleProblem> checkSections(
      GoalPlan goals, SavingsMeasures savings, FollowUpPlan followUp, Set<String> areaKeys) {
    List<RuleProblem> problems = new ArrayList<>();
    GoalRules.check(goals, problems);
    problems.addAll(TableRules.checkSavings(savings, areaKeys));
    FollowUpRules.check(followUp, areaKeys, problems);
    return problems;
  }
}
