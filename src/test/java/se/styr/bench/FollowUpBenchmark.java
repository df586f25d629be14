package se.styr.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.styr.followup.AreaEconomy;
import se.styr.followup.AreaGroup;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.BudgetChange;
import se.styr.followup.ControlResult;
import se.styr.followup.Coverage;
import se.styr.followup.DeviationThreshold;
import se.styr.followup.EconomyRules;
import se.styr.followup.GrossEconomy;
import se.styr.followup.Occasion;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OccasionStatus;
import se.styr.followup.Periodisation;
import se.styr.followup.ProjectEconomy;
import se.styr.followup.ReportingOccasion;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.GrossBudgets;
import se.styr.followup.report.IndicatorEntry;
import se.styr.followup.report.OccasionGross;
import se.styr.followup.report.PlanReference;
import se.styr.followup.report.ReportEconomy;
import se.styr.followup.report.ReportGoals;
import se.styr.goals.AssessmentRule;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.Baseline;
import se.styr.goals.GapPolicy;
import se.styr.goals.Goal;
import se.styr.goals.GoalLevel;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.LevelKind;
import se.styr.goals.Quantity;
import se.styr.goals.Result;
import se.styr.goals.RuleBand;
import se.styr.goals.RuleKind;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;

/**
 * Issue 14 target: computing a follow-up occasion. The economy of 2 000 areas for each of the
 * year's 12 monthly occasions (budget to date by profile or evenly, deviations in kr and %, both
 * projections, thresholds, gaps, totals); and a whole interim occasion of the same areas with 10
 * 000 indicators and 5 000 controls (economy, gross check, investments, assessment, traffic
 * lights).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class FollowUpBenchmark {
  private static final int AREAS = 2_000;

  private final List<Occasion> occasions = new ArrayList<>();
  private final List<List<AreaEconomy>> entries = new ArrayList<>();
  private EconomyRules rules;

  @Setup
  public void areas() {
    Random random = new Random(14);
    rules =
        new EconomyRules(
            EconomyRules.AmountSign.COSTS_POSITIVE,
            new DeviationThreshold(new BigDecimal("500"), new BigDecimal("2")),
            BigDecimal.valueOf(5));
    List<BigDecimal> summer = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
    summer.set(6, new BigDecimal("1.6"));
    Periodisation profile = new Periodisation.Profile(summer);
    for (int month = 1; month <= 12; month++) {
      LocalDate end = YearMonth.of(2025, month).atEndOfMonth();
      occasions.add(
          new Occasion(
              "m" + month,
              ReportingOccasion.MONTHLY,
              "Månadsrapport " + month,
              end,
              end.plusDays(10),
              Set.of(Coverage.ECONOMY),
              null));
      List<AreaEconomy> areas = new ArrayList<>(AREAS);
      for (int a = 0; a < AREAS; a++) {
        BigDecimal budget = BigDecimal.valueOf(10_000 + random.nextInt(90_000));
        BigDecimal share =
            BigDecimal.valueOf(month)
                .divide(BigDecimal.valueOf(12), 6, java.math.RoundingMode.HALF_UP);
        BigDecimal outcome =
            budget
                .multiply(share)
                .multiply(BigDecimal.valueOf(95 + random.nextInt(11)))
                .movePointLeft(2)
                .setScale(1, java.math.RoundingMode.HALF_UP);
        BigDecimal forecast = budget.add(BigDecimal.valueOf(random.nextInt(4_001) - 2_000));
        areas.add(
            new AreaEconomy(
                "a" + a,
                "Område " + a,
                budget,
                a % 2 == 0 ? profile : null,
                outcome,
                outcome
                    .multiply(new BigDecimal("0.97"))
                    .setScale(1, java.math.RoundingMode.HALF_UP),
                budget.multiply(new BigDecimal("0.98")),
                forecast,
                budget,
                a % 3 == 0 ? null : "Kommentar",
                a % 5 == 0
                    ? List.of(
                        new BalanceMeasure(
                            "Åtgärd",
                            new BigDecimal("300"),
                            "Chef",
                            null,
                            BalanceMeasure.Status.ONGOING))
                    : List.of()));
      }
      entries.add(areas);
    }
  }

  private static final int INDICATORS = 10_000;
  private static final int CONTROLS = 5_000;
  private static final int PROJECTS = 200;

  private FollowUpReport interim;
  private GoalPlan goals;
  private GrossBudgets grossBudgets;
  private List<AreaGroup> groups;

  /**
   * A delårsrapport (eight months) of the same 2 000 areas with gross revenue and cost, 20 subtotal
   * groups, 200 investment projects, a value for each of 10 000 indicators under 1 000 committee
   * goals (a year's target, Södertälje's improvement rule and banded means), and 5 000 control
   * results.
   */
  @Setup
  public void interim() {
    Random random = new Random(8);
    Occasion delar =
        new Occasion(
            "delar-2025",
            ReportingOccasion.INTERIM,
            "Delårsrapport 2025",
            LocalDate.of(2025, 8, 31),
            null,
            Set.of(Coverage.ECONOMY, Coverage.GOALS, Coverage.INTERNAL_CONTROL),
            null);
    List<AreaEconomy> areas = new ArrayList<>();
    Map<String, BigDecimal> revenue = new HashMap<>();
    Map<String, BigDecimal> cost = new HashMap<>();
    groups = new ArrayList<>();
    for (int g = 0; g < 20; g++) {
      List<String> members = new ArrayList<>();
      for (int a = g * 100; a < (g + 1) * 100; a++) {
        members.add("a" + a);
      }
      groups.add(new AreaGroup("g" + g, "Summa " + g, members));
    }
    for (AreaEconomy area : entries.get(7)) {
      BigDecimal in = area.budget().movePointLeft(1).setScale(0, RoundingMode.DOWN);
      revenue.put(area.area(), in.negate());
      cost.put(area.area(), area.budget().add(in));
      areas.add(
          area.withGross(
              new GrossEconomy(
                  new GrossEconomy.Figures(null, null, in.negate()),
                  new GrossEconomy.Figures(null, null, area.forecast().add(in)))));
    }
    grossBudgets = new GrossBudgets("brutto", revenue, cost, false, false);
    List<ProjectEconomy> projects = new ArrayList<>();
    for (int p = 0; p < PROJECTS; p++) {
      BigDecimal budget = BigDecimal.valueOf(500 + random.nextInt(5_000));
      projects.add(
          new ProjectEconomy(
              "p" + p,
              "Projekt " + p,
              budget,
              budget.movePointLeft(1),
              budget.add(BigDecimal.valueOf(random.nextInt(200) - 100)),
              p % 2 == 0 ? "Kommentar" : null));
    }
    goals = goals();
    List<IndicatorEntry> values = new ArrayList<>();
    for (int i = 0; i < INDICATORS; i++) {
      boolean missing = i % 25 == 0;
      values.add(
          IndicatorEntry.number(
              "i" + i,
              "2025-T2",
              null,
              missing ? null : BigDecimal.valueOf(400 + random.nextInt(400), 1),
              missing,
              missing ? "Mäts i oktober" : null,
              "Verksamhetssystemet",
              null));
    }
    List<ControlResult> controls = new ArrayList<>();
    for (int c = 0; c < CONTROLS; c++) {
      boolean performed = c % 7 != 0;
      boolean deviation = performed && c % 3 == 0;
      controls.add(
          new ControlResult(
              "k" + c,
              performed,
              !performed
                  ? null
                  : deviation
                      ? ControlResult.Outcome.DEVIATION
                      : ControlResult.Outcome.NO_DEVIATION,
              deviation ? "Brister i stickprovet" : null,
              deviation && c % 2 == 0
                  ? List.of(new ControlResult.Action("Åtgärd", "Chef", null))
                  : List.of()));
    }
    interim =
        new FollowUpReport(
            false,
            new PlanReference("0181", "omsorgsnamnden", 2025, 1),
            delar,
            OccasionStatus.OPEN,
            null,
            1,
            null,
            "tkr",
            areas,
            values,
            controls,
            "tkr",
            projects,
            List.of(),
            List.of(
                new BudgetChange(
                    "a1",
                    "a2",
                    new BigDecimal("250"),
                    LocalDate.of(2025, 4, 1),
                    "§ 1",
                    "Flytt",
                    BudgetChange.Kind.REALLOCATION),
                new BudgetChange(
                    null,
                    "a3",
                    new BigDecimal("400"),
                    LocalDate.of(2025, 4, 23),
                    "§ 2",
                    "Volymavläsning april",
                    BudgetChange.Kind.VOLUME)),
            List.of(),
            List.of(),
            assessments());
  }

  /** 100 committee goals and 100 indicators assessed by a person at the occasion, with why. */
  private static List<se.styr.goals.ManualAssessment> assessments() {
    List<se.styr.goals.ManualAssessment> made = new ArrayList<>();
    for (int n = 0; n < 100; n++) {
      made.add(
          new se.styr.goals.ManualAssessment(
              "n" + (n * 10),
              false,
              2025,
              Result.PARTLY_MET,
              "Kvalitetsutvecklare",
              LocalDate.of(2025, 9, 1),
              "Bedömt vid delåret"));
      made.add(
          new se.styr.goals.ManualAssessment(
              "i" + (n * 100),
              true,
              2025,
              Result.MET,
              "Kvalitetsutvecklare",
              LocalDate.of(2025, 9, 1),
              "Bedömt vid delåret"));
    }
    return made;
  }

  /** 1 000 committee goals under 100 council goals, ten indicators each with three years. */
  private static GoalPlan goals() {
    List<RuleBand> bands =
        List.of(
            new RuleBand(new BigDecimal("0.00"), new BigDecimal("0.49"), Result.NOT_MET, null),
            new RuleBand(new BigDecimal("0.50"), new BigDecimal("0.69"), Result.PARTLY_MET, null),
            new RuleBand(new BigDecimal("0.70"), new BigDecimal("1.00"), Result.MET, null));
    List<AssessmentRule> rules =
        List.of(
            new AssessmentRule("indikator", RuleKind.IMPROVEMENT, null, null, List.of()),
            new AssessmentRule("medel", RuleKind.MEAN, 2, GapPolicy.UNASSESSED, bands));
    List<GoalLevel> levels =
        List.of(
            new GoalLevel("kf", "KF-mål", LevelKind.COUNCIL_GOAL, "medel"),
            new GoalLevel("nm", "Nämndmål", LevelKind.COMMITTEE_GOAL, "medel"));
    List<Goal> goals = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      goals.add(goal("k" + k, "kf", null));
    }
    for (int n = 0; n < 1_000; n++) {
      goals.add(goal("n" + n, "nm", "k" + (n % 100)));
    }
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < INDICATORS; i++) {
      List<IndicatorValue> values = new ArrayList<>();
      for (int year = 2022; year <= 2024; year++) {
        values.add(
            new IndicatorValue(
                Integer.toString(year),
                null,
                new Quantity.Amount(BigDecimal.valueOf(40 + (i * 7 + year) % 40)),
                false,
                null,
                null));
      }
      indicators.add(
          new Indicator(
              "i" + i,
              "n" + (i % 1_000),
              "Indikator " + i,
              IndicatorUnit.PERCENT,
              null,
              null,
              null,
              new Baseline(
                  null, new Quantity.Amount(BigDecimal.valueOf(50 + i % 10)), "2022", false),
              List.of(
                  new TargetSpec(
                      List.of(2025), null, Target.parse(i % 2 == 0 ? "increase" : ">= 60"))),
              values,
              null,
              List.of(),
              null,
              null));
    }
    return new GoalPlan(
        levels,
        List.of(),
        new AssessmentSettings("indikator", rules, List.of()),
        goals,
        indicators,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Goal goal(String key, String level, String parent) {
    return new Goal(
        key,
        level,
        parent,
        null,
        "Mål " + key,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        null);
  }

  /**
   * Issue 14 target: the whole of an interim occasion: the economy of 2 000 areas by their
   * periodisation with the year's budget changes and 20 subtotal groups, the gross revenue and cost
   * checked by the plan checker, 200 investment projects, 10 000 indicator values added to the
   * goals and every goal and indicator assessed at the occasion, and 5 000 control results on their
   * traffic lights.
   */
  @Benchmark
  public void computeAnInterimOccasionWith10000IndicatorsAnd5000Controls(Blackhole hole) {
    List<AreaEconomy> budgeted = new ArrayList<>(interim.economy().size());
    for (AreaEconomy area : interim.economy()) {
      budgeted.add(
          area.withBudget(
              ReportEconomy.changed(area.budget(), area.area(), interim, rules.sign())));
    }
    OccasionEconomy economy =
        OccasionEconomy.compute(interim.occasion(), budgeted, rules).withGroups(groups, rules);
    hole.consume(economy);
    hole.consume(OccasionGross.of(interim, economy, grossBudgets, "Benchmark"));
    hole.consume(OccasionEconomy.investments(interim.investments(), rules.threshold()));
    hole.consume(ReportGoals.assess(goals, "0181", interim));
    int[] lights = new int[ControlResult.Light.values().length];
    for (ControlResult result : interim.controls()) {
      lights[result.light().ordinal()]++;
    }
    hole.consume(lights);
  }

  @Benchmark
  public void computeTwelveMonthlyOccasionsOf2000Areas(Blackhole hole) {
    for (int i = 0; i < occasions.size(); i++) {
      hole.consume(OccasionEconomy.compute(occasions.get(i), entries.get(i), rules));
    }
  }
}
