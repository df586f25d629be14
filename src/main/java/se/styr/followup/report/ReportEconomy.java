package se.styr.followup.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styr.followup.AreaEconomy;
import se.styr.followup.EconomyRules;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.ProjectEconomy;
import se.styr.organisation.OperationalArea;
import se.styr.plan.PlanDocument;

/**
 * A report's economy computed with the plan it follows up: every area with a budget in the plan
 * (reported or not, so that the total is the committee's and what is missing shows), each named as
 * the plan names it, its budget from the report where it states one and from the plan otherwise, by
 * the plan's economy rules (the sign of costs read from its figures where it states no rules).
 */
public final class ReportEconomy {
  private ReportEconomy() {}

  public static OccasionEconomy of(FollowUpReport report, PlanDocument plan) {
    AreaBudgets budgets = AreaBudgets.of(plan, plan.header().period().budgetYear());
    Map<String, String> names = new LinkedHashMap<>();
    plan.areas().forEach(a -> names.put(a.key(), a.name()));
    Map<String, AreaEconomy> reported = new LinkedHashMap<>();
    report.economy().forEach(a -> reported.putIfAbsent(a.area(), a));
    List<AreaEconomy> areas = new ArrayList<>();
    EconomyRules rules = rules(plan, budgets);
    for (OperationalArea area : plan.areas()) {
      AreaEconomy given = reported.remove(area.key());
      BigDecimal budget =
          changed(
              given != null && given.budget() != null
                  ? given.budget()
                  : budgets.of(area.key()).orElse(null),
              area.key(),
              report,
              rules.sign());
      if (given != null) {
        areas.add(named(given, area.name(), budget));
      } else if (budget != null) {
        areas.add(AreaEconomy.budgeted(area.key(), area.name(), budget));
      }
    }
    reported
        .values()
        .forEach(a -> areas.add(named(a, names.getOrDefault(a.area(), a.name()), a.budget())));
    return OccasionEconomy.compute(report.occasion(), areas, rules)
        .withGroups(budgets.groups(), rules);
  }

  /**
   * An area's full-year budget with the year's budget changes: {@code base} (the report's or the
   * plan's) moved by each change; an area the plan does not budget gets its budget by the changes
   * alone (a new area given money by a reallocation), and one without either stays blank.
   */
  public static BigDecimal changed(
      BigDecimal base, String area, FollowUpReport report, EconomyRules.AmountSign sign) {
    BigDecimal budget = base;
    for (se.styr.followup.BudgetChange change : report.budgetChanges()) {
      if (area.equals(change.from()) || area.equals(change.to())) {
        BigDecimal effect = change.effectOn(area, sign);
        budget = budget == null ? effect : budget.add(effect);
      }
    }
    return budget;
  }

  /**
   * The report's investments computed with the plan: every project of the plan's investment budget
   * (reported or not), named as the plan names it, its budget from the report where it states one
   * and from the plan otherwise, with the municipality's deviation threshold.
   */
  public static OccasionEconomy investments(FollowUpReport report, PlanDocument plan) {
    ProjectBudgets budgets = ProjectBudgets.of(plan, plan.header().period().budgetYear());
    Map<String, ProjectEconomy> reported = new LinkedHashMap<>();
    report.investments().forEach(p -> reported.putIfAbsent(p.project(), p));
    List<ProjectEconomy> projects = new ArrayList<>();
    for (ProjectBudgets.Project project : budgets.projects().values()) {
      ProjectEconomy given = reported.remove(project.key());
      projects.add(
          given == null
              ? ProjectEconomy.budgeted(project.key(), project.name(), project.budget())
              : given.named(
                  project.name(), given.budget() == null ? project.budget() : given.budget()));
    }
    projects.addAll(reported.values());
    return OccasionEconomy.investments(projects, plan.followUp().economyRules().threshold());
  }

  /**
   * The gross revenue and cost of the report's areas with the plan's gross budgets, beside the
   * economy's net figures, checked against the plan's result formula.
   */
  public static OccasionGross gross(
      FollowUpReport report, PlanDocument plan, OccasionEconomy economy) {
    return OccasionGross.of(
        report,
        economy,
        GrossBudgets.of(plan, plan.header().period().budgetYear()),
        plan.displayName());
  }

  /**
   * The plan's rules for economy follow-up, the sign of costs read from its figures if unstated.
   */
  public static EconomyRules rules(PlanDocument plan) {
    return rules(plan, AreaBudgets.of(plan, plan.header().period().budgetYear()));
  }

  /** The plan's rules; where it states none, the default with the sign its figures show. */
  static EconomyRules rules(PlanDocument plan, AreaBudgets budgets) {
    EconomyRules stated = plan.followUp().economyRules();
    return stated.equals(EconomyRules.DEFAULT)
        ? new EconomyRules(budgets.sign(), stated.threshold(), stated.forecastTolerancePercent())
        : stated;
  }

  private static AreaEconomy named(AreaEconomy area, String name, BigDecimal budget) {
    return new AreaEconomy(
        area.area(),
        name,
        budget,
        area.periodisation(),
        area.outcomeToDate(),
        area.outcomeToDateLastYear(),
        area.outcomeLastYear(),
        area.forecast(),
        area.previousForecast(),
        area.comment(),
        area.measures(),
        area.gross());
  }
}
