package se.styr.followup.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.styr.followup.AreaEconomy;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.ProjectEconomy;
import se.styr.organisation.OperationalArea;
import se.styr.plan.PlanDocument;
import se.styr.shared.RuleProblem;
import se.styr.shared.Text;

/**
 * What a follow-up report must agree with in the plan it follows up: the plan itself (municipality,
 * committee, year, version), the occasion's year, and each area of its economy (one the plan has,
 * given once, with a budget from the report or the plan).
 */
public final class ReportRules {
  private ReportRules() {}

  public static List<RuleProblem> check(FollowUpReport report, PlanDocument plan) {
    List<RuleProblem> problems = new ArrayList<>();
    PlanReference ref = report.plan();
    String municipality = PlanReference.of(plan).municipality();
    int year = plan.header().period().budgetYear();
    if (!ref.municipality().equals(municipality)
        || !ref.committee().equals(plan.committee().key())
        || ref.budgetYear() != year
        || ref.version() != plan.version().number()) {
      problems.add(
          field(
              "plan",
              Text.of(
                  "followup.report.otherPlan",
                  ref.municipality()
                      + "/"
                      + ref.committee()
                      + "/"
                      + ref.budgetYear()
                      + " v"
                      + ref.version(),
                  municipality
                      + "/"
                      + plan.committee().key()
                      + "/"
                      + year
                      + " v"
                      + plan.version().number())));
    }
    if (report.occasion().year() != year) {
      problems.add(
          field(
              "occasion/periodEnd",
              Text.of("followup.report.occasionYear", report.occasion().periodEnd(), year)));
    }
    Set<String> areas =
        plan.areas().stream()
            .map(OperationalArea::key)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    AreaBudgets budgets = AreaBudgets.of(plan, year);
    Set<String> seen = new HashSet<>();
    for (AreaEconomy area : report.economy()) {
      String at = "economy/" + area.area() + "/area";
      if (!areas.contains(area.area())) {
        problems.add(
            field(
                at, Text.of("followup.report.unknownArea", area.area(), String.join(", ", areas))));
        continue;
      }
      if (!seen.add(area.area())) {
        problems.add(field(at, Text.of("followup.report.areaTwice", area.area())));
        continue;
      }
      boolean changed =
          report.budgetChanges().stream()
              .anyMatch(c -> area.area().equals(c.to()) || area.area().equals(c.from()));
      if (area.budget() == null && budgets.of(area.area()).isEmpty() && !changed) {
        problems.add(field(at, Text.of("followup.report.noBudget", area.area(), year)));
      }
    }
    Set<String> indicators =
        plan.goals().indicators().stream()
            .map(se.styr.goals.Indicator::key)
            .collect(Collectors.toSet());
    Map<String, se.styr.goals.IndicatorUnit> units = new HashMap<>();
    plan.goals().indicators().stream()
        .filter(i -> i.unit() != null)
        .forEach(i -> units.put(i.key(), i.unit()));
    Set<String> given = new HashSet<>();
    int months = report.occasion().monthsElapsed();
    for (IndicatorEntry entry : report.indicators()) {
      String at = "indicators/" + entry.indicator() + "/" + entry.period() + "/period";
      if (!indicators.contains(entry.indicator())) {
        problems.add(field(at, Text.of("followup.report.unknownIndicator", entry.indicator())));
      } else if (entry.value() != null
          && units.containsKey(entry.indicator())
          && !entry.value().fits(units.get(entry.indicator()))) {
        se.styr.goals.IndicatorUnit unit = units.get(entry.indicator());
        problems.add(
            field(
                at.replace("/period", "/value"),
                Text.of(
                    "followup.report.valueUnit",
                    entry.indicator(),
                    unit.printed().isEmpty() ? unit.fileName() : unit.printed(),
                    entry.value().text())));
      } else if (report.occasion().year() == year
          && !entry.within(report.occasion().year(), months)) {
        // (an occasion outside the plan's year is reported once, above, not for every value)
        problems.add(
            field(
                at,
                Text.of(
                    "followup.report.periodOutside",
                    entry.period(),
                    report.occasion().year() + "-01-01",
                    report.occasion().periodEnd())));
      } else if (!given.add(entry.indicator() + "@" + entry.period())) {
        problems.add(
            field(
                at, Text.of("followup.report.indicatorTwice", entry.indicator(), entry.period())));
      }
    }
    Set<String> controls =
        plan.followUp().internalControl().risks().stream()
            .map(se.styr.followup.ControlRisk::key)
            .collect(Collectors.toSet());
    Set<String> reported = new HashSet<>();
    for (se.styr.followup.ControlResult result : report.controls()) {
      String at = "controls/" + result.control() + "/control";
      if (!report.occasion().covers(se.styr.followup.Coverage.INTERNAL_CONTROL)) {
        problems.add(field(at, Text.of("followup.report.controlNotCovered")));
        break; // once, at the first result: the occasion is what is wrong
      } else if (!controls.contains(result.control())) {
        problems.add(field(at, Text.of("followup.report.unknownControl", result.control())));
      } else if (!reported.add(result.control())) {
        problems.add(field(at, Text.of("followup.report.controlTwice", result.control())));
      }
    }
    changes(report, areas, year, problems);
    counts(report, plan, problems);
    providers(report, plan, problems);
    projects(report, plan, year, problems);
    commitments(report, plan, problems);
    assessments(report, plan, problems);
    problems.addAll(ReportLengths.of(report));
    return problems;
  }

  /**
   * Each assessment of a goal or indicator the plan has, made once at an occasion that covers the
   * goals, and not dated before the year it assesses.
   */
  private static void assessments(
      FollowUpReport report, PlanDocument plan, List<RuleProblem> problems) {
    Set<String> goals =
        plan.goals().goals().stream().map(se.styr.goals.Goal::key).collect(Collectors.toSet());
    Set<String> indicators =
        plan.goals().indicators().stream()
            .map(se.styr.goals.Indicator::key)
            .collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    for (se.styr.goals.ManualAssessment made : report.assessments()) {
      String field = made.ofIndicator() ? "indicator" : "goal";
      String at = "assessments/" + field + "/" + made.subject();
      Text word = Text.of("followup.assessment." + field);
      if (!report.occasion().covers(se.styr.followup.Coverage.GOALS)) {
        problems.add(field(at + "/" + field, Text.of("followup.report.assessmentNotCovered")));
        return;
      }
      if (!(made.ofIndicator() ? indicators : goals).contains(made.subject())) {
        problems.add(
            field(
                at + "/" + field,
                Text.of("followup.report.unknownAssessed", word, made.subject())));
      } else if (!seen.add(field + "/" + made.subject())) {
        problems.add(
            field(
                at + "/" + field, Text.of("followup.report.assessedTwice", word, made.subject())));
      } else if (made.date() != null && made.date().getYear() < report.occasion().year()) {
        problems.add(
            field(
                at + "/date",
                Text.of(
                    "followup.report.assessedBefore",
                    made.date(),
                    report.occasion().year() + "-01-01")));
      }
    }
  }

  /**
   * Each budget change between the plan's areas, decided in the plan's year no later than the
   * occasion's period ends, at an occasion that covers the economy.
   */
  private static void changes(
      FollowUpReport report, Set<String> areas, int year, List<RuleProblem> problems) {
    int n = 0;
    for (se.styr.followup.BudgetChange change : report.budgetChanges()) {
      String at = "budgetChanges/" + n++;
      if (!report.occasion().covers(se.styr.followup.Coverage.ECONOMY)) {
        problems.add(field(at, Text.of("followup.report.changesNotCovered")));
        return;
      }
      for (String[] side : new String[][] {{"from", change.from()}, {"to", change.to()}}) {
        if (side[1] != null && !areas.contains(side[1])) {
          problems.add(
              field(
                  at + "/" + side[0],
                  Text.of("followup.report.changeArea", side[1], String.join(", ", areas))));
        }
      }
      if (change.decided().getYear() != year) {
        problems.add(
            field(at + "/decided", Text.of("followup.report.changeYear", change.decided(), year)));
      } else if (change.decided().isAfter(report.occasion().periodEnd())) {
        problems.add(
            field(
                at + "/decided",
                Text.of(
                    "followup.report.changeAfter",
                    change.decided(),
                    report.occasion().periodEnd())));
      }
    }
  }

  /** Each count one of the plan's operational measures, for a period within the occasion, once. */
  private static void counts(FollowUpReport report, PlanDocument plan, List<RuleProblem> problems) {
    Set<String> measures =
        plan.followUp().measures().stream()
            .map(se.styr.followup.OperationalMeasure::key)
            .collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    int months = report.occasion().monthsElapsed();
    for (se.styr.followup.MeasureCount count : report.measureCounts()) {
      String at = "operationalMeasures/" + count.measure() + "/" + count.period() + "/period";
      if (!measures.contains(count.measure())) {
        problems.add(field(at, Text.of("followup.report.unknownMeasure", count.measure())));
      } else if (!count.within(report.occasion().year(), months)) {
        problems.add(
            field(
                at,
                Text.of(
                    "followup.report.periodOutside",
                    count.period(),
                    report.occasion().year() + "-01-01",
                    report.occasion().periodEnd())));
      } else if (!seen.add(count.measure() + "@" + count.period())) {
        problems.add(
            field(at, Text.of("followup.report.measureTwice", count.measure(), count.period())));
      }
    }
  }

  /** Each follow-up one of the plan's private providers, checked within the occasion, once. */
  private static void providers(
      FollowUpReport report, PlanDocument plan, List<RuleProblem> problems) {
    Set<String> providers =
        plan.followUp().providers().stream()
            .map(se.styr.followup.Provider::key)
            .collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    java.time.LocalDate start = java.time.LocalDate.of(report.occasion().year(), 1, 1);
    for (se.styr.followup.ProviderResult result : report.providerResults()) {
      String at = "providers/" + result.provider() + "/" + result.checked();
      if (!providers.contains(result.provider())) {
        problems.add(
            field(at + "/provider", Text.of("followup.report.unknownProvider", result.provider())));
      } else if (result.checked().isBefore(start)
          || result.checked().isAfter(report.occasion().periodEnd())) {
        problems.add(
            field(
                at + "/checked",
                Text.of(
                    "followup.report.providerDate",
                    result.provider(),
                    result.checked(),
                    start,
                    report.occasion().periodEnd())));
      } else if (!seen.add(result.provider() + "@" + result.checked())) {
        problems.add(
            field(
                at + "/provider",
                Text.of("followup.report.providerTwice", result.provider(), result.checked())));
      }
    }
  }

  /** Each project one of the plan's investment budget, given once, at an economy occasion. */
  private static void projects(
      FollowUpReport report, PlanDocument plan, int year, List<RuleProblem> problems) {
    ProjectBudgets budgets = ProjectBudgets.of(plan, year);
    Set<String> seen = new HashSet<>();
    for (ProjectEconomy project : report.investments()) {
      String at = "investments/" + project.project() + "/project";
      if (!report.occasion().covers(se.styr.followup.Coverage.ECONOMY)) {
        problems.add(field(at, Text.of("followup.report.projectNotCovered")));
        return;
      }
      if (budgets.projects().isEmpty()) {
        problems.add(field(at, Text.of("followup.report.noInvestments", year)));
        return;
      }
      if (budgets.of(project.project()).isEmpty()) {
        problems.add(
            field(
                at,
                Text.of(
                    "followup.report.unknownProject",
                    project.project(),
                    String.join(", ", budgets.projects().keySet()))));
      } else if (!seen.add(project.project())) {
        problems.add(field(at, Text.of("followup.report.projectTwice", project.project())));
      }
    }
  }

  /** Each commitment one the plan has, given once, at an occasion that covers the goals. */
  private static void commitments(
      FollowUpReport report, PlanDocument plan, List<RuleProblem> problems) {
    Set<String> known = PlanCommitments.byId(plan.goals()).keySet();
    Set<String> seen = new HashSet<>();
    for (CommitmentEntry entry : report.commitments()) {
      String at = "commitments/" + entry.path() + "/" + entry.kind().field();
      Text word = Text.of("followup.commitment." + entry.kind().fileName());
      if (!report.occasion().covers(se.styr.followup.Coverage.GOALS)) {
        problems.add(field(at, Text.of("followup.report.commitmentNotCovered")));
        return;
      }
      if (!known.contains(PlanCommitments.id(entry.kind(), entry.key()))) {
        problems.add(field(at, Text.of("followup.report.unknownCommitment", word, entry.key())));
      } else if (!seen.add(entry.kind() + "/" + entry.key())) {
        problems.add(field(at, Text.of("followup.report.commitmentTwice", word, entry.key())));
      }
    }
  }

  private static RuleProblem field(String path, Text text) {
    return new RuleProblem(null, null, null, path, text);
  }
}
