package se.styr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.styr.budget.SavingsMeasures;
import se.styr.followup.ControlRisk;
import se.styr.followup.InternalControlPlan;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.AssessmentRule;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.ComparisonData;
import se.styr.goals.GapPolicy;
import se.styr.goals.Goal;
import se.styr.goals.GoalChain;
import se.styr.goals.GoalLevel;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.LevelKind;
import se.styr.goals.Result;
import se.styr.goals.RuleBand;
import se.styr.goals.RuleKind;
import se.styr.goals.Source;
import se.styr.goals.SourceType;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;

class GoalChecksTest {
  private static final Set<Integer> YEARS = Set.of(2024, 2025, 2026, 2027);

  private static Indicator indicator(String key, String kpi, TargetSpec... targets) {
    return new Indicator(
        key,
        null,
        "Indikator " + key,
        IndicatorUnit.PERCENT,
        null,
        null,
        kpi == null ? null : new Source(SourceType.KOLADA, "Kolada", kpi),
        null,
        List.of(targets),
        List.of(),
        null,
        List.of(),
        null,
        null);
  }

  private static TargetSpec target(int year, String target) {
    return new TargetSpec(List.of(year), null, Target.parse(target));
  }

  private static List<GoalFinding> check(GoalChain chain) {
    return GoalChecks.check(chain, InternalControlPlan.NONE, SavingsMeasures.NONE, YEARS, "plan");
  }

  private static GoalChain chain(
      List<Indicator> indicators, List<AssessmentRule> rules, List<ComparisonData> comparisons) {
    return new GoalChain(
        List.of(),
        List.of(),
        indicators,
        List.of(),
        new AssessmentSettings(null, rules, List.of()),
        comparisons);
  }

  @Test
  void findsATargetForAYearOutsideThePlan() {
    List<GoalFinding> findings =
        check(chain(List.of(indicator("x", null, target(2031, ">= 90"))), List.of(), List.of()));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(GoalFindingKind.TARGET_YEAR);
              assertThat(f.stated()).isEqualTo("2031");
            });
  }

  @Test
  void findsAnIndicatorWithoutTarget() {
    assertThat(check(chain(List.of(indicator("x", null)), List.of(), List.of())))
        .extracting(GoalFinding::kind)
        .containsExactly(GoalFindingKind.NO_TARGET);
  }

  @Test
  void findsARelativeTargetWithoutComparisonDataButNotOneWithIt() {
    Indicator withData = indicator("a", "U21468", target(2025, "best 25%"));
    Indicator without = indicator("b", "U23471", target(2025, "middle 50%"));
    Indicator noKpi = indicator("c", null, target(2025, "best 25%"));
    List<GoalFinding> findings =
        check(
            chain(
                List.of(withData, without, noKpi),
                List.of(),
                List.of(new ComparisonData("U21468", "2025", Map.of("0181", BigDecimal.ONE)))));
    assertThat(findings)
        .extracting(GoalFinding::key, GoalFinding::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("b", GoalFindingKind.NO_COMPARISON_DATA),
            org.assertj.core.groups.Tuple.tuple("c", GoalFindingKind.NO_COMPARISON_DATA));
    assertThat(findings.get(1).explanation()).contains("source.kpi");
  }

  private static RuleBand band(String from, String to, Result result) {
    return new RuleBand(new BigDecimal(from), new BigDecimal(to), result, null);
  }

  @Test
  void findsTheGapInSodertaljesBudgetAdherenceBandsButNoneInItsScoreBands() {
    AssessmentRule traffic =
        new AssessmentRule(
            "budget",
            RuleKind.TRAFFIC_LIGHT,
            1,
            GapPolicy.UNASSESSED,
            List.of(
                band("0", "97", Result.NOT_MET),
                band("98", "99.4", Result.PARTLY_MET),
                band("99.5", "100", Result.MET)));
    AssessmentRule mean =
        new AssessmentRule(
            "mal",
            RuleKind.MEAN,
            2,
            GapPolicy.UNASSESSED,
            List.of(
                band("0.00", "0.49", Result.NOT_MET),
                band("0.50", "0.69", Result.PARTLY_MET),
                band("0.70", "1.00", Result.MET)));
    List<GoalFinding> findings = check(chain(List.of(), List.of(traffic, mean), List.of()));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(GoalFindingKind.BAND_GAP);
              assertThat(f.key()).isEqualTo("budget");
              assertThat(f.explanation())
                  .isEqualTo(
                      "at 1 decimals, values 97,1–97,9 fall between 0–97 Ej uppfyllt and 98–99,4"
                          + " Delvis uppfyllt; they are not assessed");
            });
  }

  @Test
  void findsOverlappingBands() {
    AssessmentRule rule =
        new AssessmentRule(
            "r",
            RuleKind.MEAN,
            2,
            null,
            List.of(band("0.00", "0.50", Result.NOT_MET), band("0.50", "1.00", Result.MET)));
    assertThat(check(chain(List.of(), List.of(rule), List.of())))
        .extracting(GoalFinding::kind)
        .containsExactly(GoalFindingKind.BAND_OVERLAP);
  }

  @Test
  void findsAGoalThatInheritsFromMoreOrFewerThanOneSubgoal() {
    AssessmentRule inherit = new AssessmentRule("kf", RuleKind.INHERIT, null, null, List.of());
    List<GoalLevel> levels =
        List.of(
            new GoalLevel("kf", "KF-mål", LevelKind.COUNCIL_GOAL, "kf"),
            new GoalLevel("nm", "Nämndmål", LevelKind.COMMITTEE_GOAL, null));
    List<Goal> goals =
        List.of(
            goal("kf1", "kf", null),
            goal("a", "nm", "kf1"),
            goal("b", "nm", "kf1"),
            goal("kf2", "kf", null),
            goal("c", "nm", "kf2"));
    GoalChain chain =
        new GoalChain(
            levels,
            goals,
            List.of(),
            List.of(),
            new AssessmentSettings(null, List.of(inherit), List.of()),
            List.of());
    assertThat(check(chain))
        .extracting(GoalFinding::key, GoalFinding::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kf1", GoalFindingKind.SUBGOALS));
  }

  private static Goal goal(String key, String level, String parent) {
    return new Goal(
        key, level, parent, null, key, null, null, null, null, List.of(), List.of(), null, null,
        null);
  }

  @Test
  void findsARiskValueThatIsNotLikelihoodTimesConsequence() {
    InternalControlPlan control =
        new InternalControlPlan(
            null,
            List.of(
                new ControlRisk(
                    "r1",
                    "Lagefterlevnad",
                    "Risk",
                    3,
                    4,
                    12,
                    null,
                    null,
                    null,
                    List.of(ReportingOccasion.ANNUAL),
                    null),
                new ControlRisk(
                    "r2", "Säkerhet", "Risk", 2, 3, 8, null, null, null, List.of(), null)));
    List<GoalFinding> findings =
        GoalChecks.check(
            chain(List.of(), List.of(), List.of()), control, SavingsMeasures.NONE, YEARS, "p");
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.key()).isEqualTo("r2");
              assertThat(f.kind()).isEqualTo(GoalFindingKind.RISK_VALUE);
              assertThat(f.stated()).isEqualTo("8");
              assertThat(f.expected()).isEqualTo("6");
            });
  }

  @Test
  void findsSavingsMeasuresThatDoNotAddUpButNotThoseWithoutAmounts() {
    SavingsMeasures wrong =
        new SavingsMeasures(
            "Mkr",
            new BigDecimal("3.4"),
            List.of(
                new SavingsMeasures.Measure(
                    "a", null, "Avyttra 2 fordon", new BigDecimal("0.4"), null),
                new SavingsMeasures.Measure(
                    "b", null, "Hemtagning LSS", new BigDecimal("2.9"), null)));
    SavingsMeasures unpriced =
        new SavingsMeasures(
            "Mkr",
            new BigDecimal("3.4"),
            List.of(new SavingsMeasures.Measure("a", null, "Avyttra 2 fordon", null, null)));
    GoalChain empty = chain(List.of(), List.of(), List.of());
    assertThat(GoalChecks.check(empty, InternalControlPlan.NONE, wrong, YEARS, "p"))
        .extracting(GoalFinding::kind)
        .containsExactly(GoalFindingKind.SAVINGS_TOTAL);
    assertThat(GoalChecks.check(empty, InternalControlPlan.NONE, unpriced, YEARS, "p")).isEmpty();
  }
}
