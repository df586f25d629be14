package se.styr.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styr.goals.ChainBuilder.IndicatorBuilder.indicator;
import static se.styr.goals.ChainBuilder.amount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styr.shared.Status;

class AssessorTest {
  private static final String SODERTALJE = "0181";

  private static Assessment goal(GoalChain chain, String key, int year) {
    return Assessor.assessGoals(chain, SODERTALJE, year).stream()
        .filter(a -> a.subject().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static Assessment indicatorOf(GoalChain chain, String key, int year) {
    return Assessor.assessIndicators(chain, SODERTALJE, year).stream()
        .filter(a -> a.subject().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void scoresOneForAnIndicatorThatImprovedOnItsBaseline() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("hygien")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .value(2025, "64")
                    .build())
            .chain();
    Assessment a = indicatorOf(chain, "hygien", 2025);
    assertThat(a.result()).isEqualTo(Result.MET);
    assertThat(a.score()).isEqualByComparingTo("1");
    assertThat(a.explanation().text()).contains("64 mot ingående värde 61").contains("förbättrat");
  }

  @Test
  void countsAnActivityTiedToAGoalAndToOneOfItsIndicatorsOnce() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("hygien")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .value(2025, "58")
                    .build())
            .activityOfGoal("utbildning", "nm1", "hygien", Status.PLANNED)
            .activityOfGoal("rutiner", "nm1", null, Status.DONE)
            .chain();
    assertThat(indicatorOf(chain, "hygien", 2025).explanation().reason().english())
        .isEqualTo("58 against baseline 61: worse; 2 activities planned or done");
  }

  @Test
  void explainsInEnglishTooWithTheSameWordsAsTheSwedish() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("hygien")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .value(2025, "58")
                    .build())
            .activity("utbildning", "hygien", Status.PLANNED)
            .chain();
    Assessment.Explanation why = indicatorOf(chain, "hygien", 2025).explanation();
    assertThat(why.reason().english())
        .isEqualTo("58 against baseline 61: worse; 1 activity planned or done");
    assertThat(why.text())
        .isEqualTo(why.reason().swedish())
        .isEqualTo("58 mot ingående värde 61: försämrat; 1 aktivitet planerad eller genomförd");
    assertThat(why.limits())
        .extracting(t -> t.english())
        .containsExactly(
            "1 = improved",
            "0,5 = not improved despite activities",
            "0 = not improved and no activities");
  }

  @Test
  void scoresHalfWhenNotImprovedAlthoughActivitiesWerePlanned() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("hygien")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .value(2025, "58")
                    .build())
            .activity("utbildning", "hygien", Status.PLANNED)
            .chain();
    Assessment a = indicatorOf(chain, "hygien", 2025);
    assertThat(a.result()).isEqualTo(Result.PARTLY_MET);
    assertThat(a.score()).isEqualByComparingTo("0.5");
    assertThat(a.explanation().text()).contains("1 aktivitet planerad eller genomförd");
  }

  @Test
  void scoresZeroWhenNotImprovedAndTheOnlyActivityWasCancelled() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("hygien")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .value(2025, "61")
                    .build())
            .activity("utbildning", "hygien", Status.CANCELLED)
            .chain();
    Assessment a = indicatorOf(chain, "hygien", 2025);
    assertThat(a.result()).isEqualTo(Result.NOT_MET);
    assertThat(a.score()).isEqualByComparingTo("0");
    assertThat(a.explanation().text())
        .contains("oförändrat")
        .contains("inga planerade eller genomförda aktiviteter");
  }

  @Test
  void scoresOneForAValueKeptWhereKeepingIsTheTarget() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("sjukfranvaro")
                    .goal("nm1")
                    .baseline("8.7")
                    .target(2025, "decrease_or_maintain")
                    .value(2025, "8.7")
                    .build())
            .chain();
    assertThat(indicatorOf(chain, "sjukfranvaro", 2025).score()).isEqualByComparingTo("1");
  }

  @Test
  void readsALowerValueAsAnImprovementWhenTheTargetIsToDecrease() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("omsattning")
                    .goal("nm1")
                    .baseline("10")
                    .target(2025, "decrease_or_maintain")
                    .value(2025, "9.2")
                    .build())
            .chain();
    assertThat(indicatorOf(chain, "omsattning", 2025).result()).isEqualTo(Result.MET);
  }

  @Test
  void judgesARangeBaselineImprovedOnlyBeyondTheRange() {
    Quantity range = new Quantity.Range(new BigDecimal("10"), new BigDecimal("15"));
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("inom")
                    .goal("nm1")
                    .baseline(range)
                    .target(2025, "increase")
                    .value(2025, "14")
                    .build())
            .indicator(
                indicator("over")
                    .goal("nm1")
                    .baseline(range)
                    .target(2025, "increase")
                    .value(2025, "16")
                    .build())
            .chain();
    assertThat(indicatorOf(chain, "inom", 2025).result()).isEqualTo(Result.NOT_MET);
    assertThat(indicatorOf(chain, "over", 2025).result()).isEqualTo(Result.MET);
  }

  @ParameterizedTest(name = "{0} of 100 indicators improved: mean {1} → {2}")
  @CsvSource({
    "49, 0.49, NOT_MET",
    "50, 0.50, PARTLY_MET",
    "69, 0.69, PARTLY_MET",
    "70, 0.70, MET",
    "0, 0.00, NOT_MET",
    "100, 1.00, MET"
  })
  void bandsTheCommitteeGoalsMeanScoreAtExactlyTheBandLimits(
      int improved, String mean, Result expected) {
    ChainBuilder builder = ChainBuilder.sodertalje();
    for (int i = 0; i < 100; i++) {
      builder.indicator(
          indicator("i" + i)
              .goal("nm1")
              .baseline("50")
              .target(2025, "increase")
              .value(2025, i < improved ? "51" : "49")
              .build());
    }
    Assessment a = goal(builder.chain(), "nm1", 2025);
    assertThat(a.score()).isEqualByComparingTo(mean);
    assertThat(a.result()).isEqualTo(expected);
    assertThat(a.explanation().thresholds())
        .containsExactly(
            "0,00–0,49 Ej uppfyllt", "0,50–0,69 Delvis uppfyllt", "0,70–1,00 Uppfyllt");
  }

  @Test
  void roundsTheMeanHalfUpToTwoDecimalsBeforeBanding() {
    ChainBuilder builder = ChainBuilder.sodertalje();
    for (int i = 0; i < 200; i++) {
      builder.indicator(
          indicator("i" + i)
              .goal("nm1")
              .baseline("50")
              .target(2025, "increase")
              .value(2025, i < 99 ? "51" : "49")
              .build());
    }
    Assessment a = goal(builder.chain(), "nm1", 2025);
    assertThat(a.score()).isEqualByComparingTo("0.50");
    assertThat(a.result()).isEqualTo(Result.PARTLY_MET);
    assertThat(a.explanation().text()).contains("= 99 / 200 = 0,50");
  }

  @Test
  void explainsTheMeanByItsIndicatorsValuesScoresAndThresholds() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("a")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .value(2025, "64")
                    .build())
            .indicator(
                indicator("b")
                    .goal("nm1")
                    .baseline("83")
                    .target(2025, "increase")
                    .value(2025, "80")
                    .build())
            .activity("x", "b", Status.DONE)
            .indicator(
                indicator("c")
                    .goal("nm1")
                    .baseline("2")
                    .target(2025, "increase")
                    .value(2025, "1")
                    .build())
            .chain();
    Assessment a = goal(chain, "nm1", 2025);
    assertThat(a.result()).isEqualTo(Result.PARTLY_MET);
    assertThat(a.score()).isEqualByComparingTo("0.50");
    assertThat(a.explanation().rule()).isEqualTo("namndmal");
    assertThat(a.explanation().text())
        .isEqualTo(
            "medelvärdet av 3 poäng 1 + 0,5 + 0 = 1,5 / 3 = 0,50 → 0,50–0,69 Delvis uppfyllt");
    assertThat(a.explanation().parts())
        .extracting(Assessment.Part::subject, Assessment.Part::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", BigDecimal.ONE),
            org.assertj.core.groups.Tuple.tuple("b", new BigDecimal("0.5")),
            org.assertj.core.groups.Tuple.tuple("c", BigDecimal.ZERO));
    assertThat(a.explanation().parts().get(0).reference()).isEqualTo("61");
  }

  @Test
  void theCouncilGoalTakesItsCommitteeGoalsAssessment() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("a")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .value(2025, "64")
                    .build())
            .chain();
    Assessment kf = goal(chain, "kf1", 2025);
    assertThat(kf.result()).isEqualTo(Result.MET);
    assertThat(kf.score()).isEqualByComparingTo("1.00");
    assertThat(kf.explanation().parts())
        .singleElement()
        .extracting(Assessment.Part::subject)
        .isEqualTo("nm1");
  }

  @Test
  void leavesOutMissingValuesAndSaysHowManyPartsWereNotAssessed() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("a")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .value(2025, "64")
                    .build())
            .indicator(
                indicator("b")
                    .goal("nm1")
                    .baseline("61")
                    .target(2025, "increase")
                    .missing(2025)
                    .build())
            .chain();
    assertThat(indicatorOf(chain, "b", 2025).explanation().text())
        .isEqualTo("värdet för 2025 saknas");
    Assessment a = goal(chain, "nm1", 2025);
    assertThat(a.result()).isEqualTo(Result.MET);
    assertThat(a.explanation().text()).contains("(1 delar ej bedömda)");
  }

  @Test
  void assessesNothingWhenNoIndicatorHasAValue() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(indicator("a").goal("nm1").baseline("61").target(2025, "increase").build())
            .chain();
    assertThat(goal(chain, "nm1", 2025).result()).isEqualTo(Result.NOT_ASSESSED);
    assertThat(goal(chain, "kf1", 2025).result()).isEqualTo(Result.NOT_ASSESSED);
  }

  @Test
  void judgesANewIndicatorWithoutBaselineAgainstItsTarget() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("ips")
                    .goal("nm1")
                    .newIndicator()
                    .target(2025, ">= 30")
                    .value(2025, "31")
                    .build())
            .indicator(indicator("sortering").goal("nm1").newIndicator().value(2025, "40").build())
            .chain();
    Assessment ips = indicatorOf(chain, "ips", 2025);
    assertThat(ips.result()).isEqualTo(Result.MET);
    assertThat(ips.explanation().text())
        .contains("ny indikator utan ingående värde, bedömd mot målet: 31 mot målet >= 30");
    Assessment sortering = indicatorOf(chain, "sortering", 2025);
    assertThat(sortering.result()).isEqualTo(Result.NOT_ASSESSED);
    assertThat(sortering.explanation().text()).contains("ny indikator utan ingående värde");
  }

  @Test
  void comparesANewIndicatorWithLastYearsValueOnceItHasOne() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("ips")
                    .goal("nm1")
                    .newIndicator()
                    .target(2026, "increase")
                    .value(2025, "31")
                    .value(2026, "35")
                    .build())
            .chain();
    Assessment a = indicatorOf(chain, "ips", 2026);
    assertThat(a.result()).isEqualTo(Result.MET);
    assertThat(a.explanation().text()).contains("mot värdet 2025 31");
  }

  @Test
  void aGoalWithoutSubgoalByDecisionAwaitsAManualAssessmentAndTakesItWithItsJustification() {
    ChainBuilder builder =
        ChainBuilder.sodertalje()
            .goalWithoutSubgoal("kf6", "kf-mal", "Nämnden ska inte ha ett eget nämndmål.");
    Assessment before = goal(builder.chain(), "kf6", 2025);
    assertThat(before.result()).isEqualTo(Result.NOT_ASSESSED);
    assertThat(before.explanation().text())
        .contains("inget delmål enligt beslut (Nämnden ska inte ha ett eget nämndmål.)");
    builder.manual(
        "kf6", 2025, Result.PARTLY_MET, "Sjukfrånvaron minskade men personalomsättningen ökade.");
    Assessment after = goal(builder.chain(), "kf6", 2025);
    assertThat(after.result()).isEqualTo(Result.PARTLY_MET);
    assertThat(after.explanation().rule()).isEqualTo("manual");
    assertThat(after.explanation().text())
        .contains("Karin Björkryd")
        .contains("Sjukfrånvaron minskade")
        .contains("beräknat: Ej bedömt");
  }

  @Test
  void aPersonMayJudgeThatAGoalCouldNotBeAssessedGivingTheReason() {
    ChainBuilder builder =
        ChainBuilder.sodertalje()
            .goalWithoutSubgoal("kf6", "kf-mal", "Nämnden ska inte ha ett eget nämndmål.")
            .manual(
                "kf6",
                2025,
                Result.NOT_ASSESSED,
                "Enkäten genomfördes inte 2025, så underlag saknas.");
    Assessment assessed = goal(builder.chain(), "kf6", 2025);
    assertThat(assessed.result()).isEqualTo(Result.NOT_ASSESSED);
    assertThat(assessed.explanation().rule()).isEqualTo("manual");
    assertThat(assessed.explanation().text())
        .contains("Karin Björkryd")
        .contains("Enkäten genomfördes inte 2025");
    assertThat(Result.parseManual("not_assessed")).contains(Result.NOT_ASSESSED);
    assertThat(Result.parseManual("not_assessable")).contains(Result.NOT_ASSESSED);
    assertThat(Result.parse("not_assessed")).isEmpty(); // a band's result is never "not assessed"
  }

  @Test
  void aManualAssessmentWithoutJustificationIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ManualAssessment("kf6", false, 2025, Result.MET, "Karin", null, " "))
        .hasMessageContaining("needs a justification");
  }

  @Test
  void aGoalWithoutRuleIsMetOnlyWhenAllItsAssessedPartsAreMet() {
    GoalChain chain =
        new ChainBuilder()
            .level("nm", "Nämndmål", LevelKind.COMMITTEE_GOAL, null)
            .goal("g", "nm", null)
            .indicator(indicator("a").goal("g").target(2025, ">= 90").value(2025, "92").build())
            .indicator(indicator("b").goal("g").target(2025, ">= 90").value(2025, "85").build())
            .chain();
    Assessment a = goal(chain, "g", 2025);
    assertThat(a.result()).isEqualTo(Result.PARTLY_MET);
    assertThat(a.explanation().text()).isEqualTo("1 av 2 bedömda delar uppfyllda");
  }

  private static final AssessmentRule TRAFFIC_LIGHT =
      new AssessmentRule(
          "budgetfoljsamhet",
          RuleKind.TRAFFIC_LIGHT,
          1,
          GapPolicy.UNASSESSED,
          List.of(
              ChainBuilder.band("0", "97", Result.NOT_MET, "rött"),
              ChainBuilder.band("98", "99.4", Result.PARTLY_MET, "gult"),
              ChainBuilder.band("99.5", "100", Result.MET, "grönt")));

  @ParameterizedTest(name = "{0} % → {1}")
  @CsvSource({
    "0, NOT_MET", "97, NOT_MET", "97.04, NOT_MET", "98, PARTLY_MET", "99.4, PARTLY_MET",
        "99.44, PARTLY_MET",
    "99.45, MET", "99.5, MET", "100, MET", "97.5, NOT_ASSESSED", "97.96, PARTLY_MET",
        "100.1, NOT_ASSESSED"
  })
  void coloursBudgetAdherenceByItsBandsAtOneDecimal(String percent, Result expected) {
    GoalChain chain =
        new ChainBuilder()
            .rule(TRAFFIC_LIGHT)
            .indicator(indicator("budget").rule("budgetfoljsamhet").value(2025, percent).build())
            .chain();
    assertThat(indicatorOf(chain, "budget", 2025).result()).isEqualTo(expected);
  }

  @Test
  void saysWhichBandsAValueInAGapFellBetween() {
    GoalChain chain =
        new ChainBuilder()
            .rule(TRAFFIC_LIGHT)
            .indicator(indicator("budget").rule("budgetfoljsamhet").value(2025, "97.5").build())
            .chain();
    assertThat(indicatorOf(chain, "budget", 2025).explanation().text())
        .isEqualTo(
            "värdet 97,5: 97,5 ligger mellan 0–97 rött och 98–99,4 gult; regeln bedömer inte värden"
                + " mellan banden");
  }

  @ParameterizedTest(name = "a deviation of {0} % reads {1} % of the budget used → {2}")
  @CsvSource({
    "-0.3, 99.7, MET",
    "0.3, 99.7, MET",
    "0, 100, MET",
    "1.4, 98.6, PARTLY_MET",
    "-4, 96, NOT_MET"
  })
  void aTrafficLightReadingTheShareOfBudgetUsedConvertsAnIndicatorOfDeviation(
      String deviation, String share, Result expected) {
    AssessmentRule rule =
        new AssessmentRule(
            "budgetfoljsamhet",
            RuleKind.TRAFFIC_LIGHT,
            1,
            GapPolicy.UNASSESSED,
            TRAFFIC_LIGHT.bands(),
            BudgetMeasure.SHARE_OF_BUDGET_USED);
    GoalChain chain =
        new ChainBuilder()
            .rule(rule)
            .indicator(
                indicator("budget")
                    .rule("budgetfoljsamhet")
                    .measures(BudgetMeasure.DEVIATION)
                    .value(2025, deviation)
                    .build())
            .chain();
    Assessment assessed = indicatorOf(chain, "budget", 2025);
    assertThat(assessed.result()).isEqualTo(expected);
    assertThat(assessed.explanation().reason().english())
        .startsWith(
            TargetCheck.format(new BigDecimal(deviation))
                + " % deviation from the budget is "
                + TargetCheck.format(new BigDecimal(share))
                + " % of the budget used");
  }

  @Test
  void theSodertaljePlansBudgetAdherenceIndicatorIsGreenAtADeviationOfMinusNollKommaTre()
      throws Exception {
    se.styr.plan.PlanDocument plan =
        se.styr.plan.PlanFileReader.read(
            java.nio.file.Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    GoalPlan goals = plan.goals();
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : goals.indicators()) {
      if (indicator.key().equals("budgetfoljsamhet")) {
        List<IndicatorValue> values = new ArrayList<>(indicator.values());
        values.add(
            new IndicatorValue("2025", null, ChainBuilder.amount("-0.3"), false, null, null));
        indicator =
            new Indicator(
                indicator.key(),
                indicator.goal(),
                indicator.name(),
                indicator.unit(),
                indicator.better(),
                indicator.level(),
                indicator.source(),
                indicator.baseline(),
                indicator.targets(),
                values,
                indicator.outlook(),
                indicator.footnotes(),
                indicator.rule(),
                indicator.replaces(),
                indicator.measures());
      }
      indicators.add(indicator);
    }
    GoalChain chain =
        new GoalChain(
            goals.goalLevels(),
            goals.goals(),
            indicators,
            goals.activities(),
            goals.assessment(),
            goals.comparisons());
    Assessment assessed = indicatorOf(chain, "budgetfoljsamhet", 2025);
    assertThat(assessed.result()).isEqualTo(Result.MET);
    assertThat(assessed.explanation().text()).contains("99,7").contains("grönt");
  }

  private static final AssessmentRule SHARE_OF_TARGET =
      new AssessmentRule(
          "andel",
          RuleKind.SHARE_OF_TARGET,
          1,
          GapPolicy.UNASSESSED,
          List.of(
              ChainBuilder.band("0", "90", Result.NOT_MET, null),
              ChainBuilder.band("91", "99", Result.PARTLY_MET, null),
              ChainBuilder.band("100", "1000", Result.MET, null)));

  @ParameterizedTest(name = "{0} against the target {1} → {2}")
  @CsvSource({
    "95, >= 95, MET", // 100 %
    "96, = 95, MET", // 101,1 %
    "90, >= 95, PARTLY_MET", // 94,7 %
    "87, >= 95, PARTLY_MET", // 91,6 %
    "86, >= 95, NOT_ASSESSED", // 90,5 %: in the scale's own gap between 90 and 91
    "85, >= 95, NOT_MET" // 89,5 %
  })
  void ratesFulfilmentAsAShareOfTheTarget(String value, String target, Result expected) {
    GoalChain chain =
        new ChainBuilder()
            .rule(SHARE_OF_TARGET)
            .indicator(
                indicator("andel").rule("andel").target(2025, target).value(2025, value).build())
            .chain();
    assertThat(indicatorOf(chain, "andel", 2025).result()).isEqualTo(expected);
  }

  @Test
  void aShareOfTargetWhereLowerIsBetterIsTheTargetInPercentOfTheValue() {
    GoalChain chain =
        new ChainBuilder()
            .rule(SHARE_OF_TARGET)
            .indicator(
                indicator("vantetid")
                    .rule("andel")
                    .better(Better.LOWER)
                    .target(2025, "<= 20")
                    .value(2025, "21")
                    .build())
            .chain();
    Assessment assessed = indicatorOf(chain, "vantetid", 2025);
    assertThat(assessed.result()).isEqualTo(Result.PARTLY_MET); // 95,2 %
    assertThat(assessed.explanation().reason().english())
        .startsWith("the value 21 against the target 20: 95,2 % of the target");
  }

  @ParameterizedTest(name = "gaps {0}: 97,5 → {1}")
  @CsvSource({"LOWER, NOT_MET", "UPPER, PARTLY_MET"})
  void placesAValueInAGapByTheRulesGapPolicy(GapPolicy policy, Result expected) {
    AssessmentRule rule =
        new AssessmentRule("b", RuleKind.TRAFFIC_LIGHT, 1, policy, TRAFFIC_LIGHT.bands());
    GoalChain chain =
        new ChainBuilder()
            .rule(rule)
            .indicator(indicator("budget").rule("b").value(2025, "97.5").build())
            .chain();
    assertThat(indicatorOf(chain, "budget", 2025).result()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} against {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "92 | >= 90 | MET",
        "90 | >= 90 | MET",
        "89.9 | >= 90 | NOT_MET",
        "7.5 | <= 7.5 | MET",
        "7.6 | <= 7.5 | NOT_MET",
        "0.5 | 0 +- 0.5 | MET",
        "-0.5 | 0 +- 0.5 | MET",
        "0.51 | 0 +- 0.5 | NOT_MET",
        "100 | = 100 | MET",
        "99 | = 100 | NOT_MET"
      })
  void comparesNumericTargets(String value, String target, Result expected) {
    GoalChain chain =
        new ChainBuilder()
            .indicator(indicator("x").target(2025, target).value(2025, value).build())
            .chain();
    assertThat(indicatorOf(chain, "x", 2025).result()).isEqualTo(expected);
  }

  @Test
  void meetsSamtligaOnlyWithTheWholeSetAndJaOnlyWithYes() {
    GoalChain chain =
        new ChainBuilder()
            .indicator(
                indicator("alla")
                    .unit(IndicatorUnit.COUNT_OF_SET)
                    .target(2025, "all")
                    .value(2025, new Quantity.Share(5, 5))
                    .build())
            .indicator(
                indicator("tre")
                    .unit(IndicatorUnit.COUNT_OF_SET)
                    .target(2025, "all")
                    .value(2025, new Quantity.Share(3, 5))
                    .build())
            .indicator(
                indicator("ja")
                    .unit(IndicatorUnit.YES_NO)
                    .target(2025, "yes")
                    .value(2025, new Quantity.Answer(true))
                    .build())
            .indicator(
                indicator("nej")
                    .unit(IndicatorUnit.YES_NO)
                    .target(2025, "yes")
                    .value(2025, new Quantity.Answer(false))
                    .build())
            .chain();
    assertThat(Assessor.assessIndicators(chain, SODERTALJE, 2025))
        .extracting(Assessment::result)
        .containsExactly(Result.MET, Result.NOT_MET, Result.MET, Result.NOT_MET);
  }

  @Test
  void anIndicatorGoingFromThreeOfFiveToAllHasImproved() {
    GoalChain chain =
        ChainBuilder.sodertalje()
            .indicator(
                indicator("synpunkter")
                    .goal("nm1")
                    .unit(IndicatorUnit.COUNT_OF_SET)
                    .baseline(new Quantity.Share(3, 5))
                    .target(2025, "all")
                    .value(2025, new Quantity.Share(5, 5))
                    .build())
            .chain();
    assertThat(indicatorOf(chain, "synpunkter", 2025).result()).isEqualTo(Result.MET);
  }

  @Test
  void followsAFallingTrendFromTheBaselineYearEveryYear() {
    Indicator falling =
        indicator("sjuk")
            .target(2025, "<= 7.5 and falling from 2023")
            .value(2023, "8.7")
            .value(2024, "8.1")
            .value(2025, "7.4")
            .build();
    Indicator rising =
        indicator("sjuk2")
            .target(2025, "falling from 2023")
            .value(2023, "8.7")
            .value(2024, "8.9")
            .value(2025, "7.4")
            .build();
    Indicator gap =
        indicator("sjuk3")
            .target(2025, "falling from 2023")
            .value(2023, "8.7")
            .value(2025, "7.4")
            .build();
    GoalChain chain =
        new ChainBuilder().indicator(falling).indicator(rising).indicator(gap).chain();
    List<Assessment> all = Assessor.assessIndicators(chain, SODERTALJE, 2025);
    assertThat(all.get(0).result()).isEqualTo(Result.MET);
    assertThat(all.get(0).explanation().text())
        .contains("8,7 (2023) → 8,1 (2024) → 7,4 (2025): sjunkande varje år");
    assertThat(all.get(1).result()).isEqualTo(Result.NOT_MET);
    assertThat(all.get(1).explanation().text()).contains("sjönk inte 2024");
    assertThat(all.get(2).result()).isEqualTo(Result.NOT_ASSESSED);
    assertThat(all.get(2).explanation().text()).contains("inget värde för 2024");
  }

  @ParameterizedTest(name = "{0} among 8: best 25 % {1}, middle 50 % {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "90 | true | false", // place 1
        "80 | true | true", // shares places 2-3 with 0002: place 2 is in the best quarter, place 3
        // in the middle half
        "70 | false | true", // place 4
        "60 | false | true", // shares places 5-6 with 0005
        "55 | false | true", // alone at place 6: the last middle place
        "40 | false | false"
      }) // place 8
  void ranksAmongAllMunicipalitiesWithTiesSharingPlaces(String own, boolean best, boolean middle) {
    GoalChain chain =
        new ChainBuilder()
            .indicator(
                indicator("hi")
                    .kpi("U21468")
                    .better(Better.HIGHER)
                    .target(2025, "best 25%")
                    .value(2025, own)
                    .build())
            .indicator(
                indicator("mi")
                    .kpi("U21468")
                    .better(Better.HIGHER)
                    .target(2025, "middle 50%")
                    .value(2025, own)
                    .build())
            .comparison(
                "U21468", 2025, "0001", 85, "0002", 80, "0003", 75, "0004", 65, "0005", 60, "0006",
                50, "0007", 45)
            .chain();
    List<Assessment> all = Assessor.assessIndicators(chain, SODERTALJE, 2025);
    assertThat(all.get(0).result()).isEqualTo(best ? Result.MET : Result.NOT_MET);
    assertThat(all.get(1).result()).isEqualTo(middle ? Result.MET : Result.NOT_MET);
  }

  @Test
  void ranksACostIndicatorWithLowerValuesFirst() {
    GoalChain chain =
        new ChainBuilder()
            .indicator(
                indicator("kostnad")
                    .unit(IndicatorUnit.KR)
                    .kpi("N21890")
                    .better(Better.LOWER)
                    .target(2025, "best 25%")
                    .value(2025, "40000")
                    .build())
            .comparison("N21890", 2025, "0001", "52000", "0002", "61000", "0003", "38000")
            .chain();
    Assessment a = indicatorOf(chain, "kostnad", 2025);
    assertThat(a.result()).isEqualTo(Result.NOT_MET);
    assertThat(a.explanation().text()).contains("plats 2 av 4");
  }

  @Test
  void namesTheBoundsOfTheBestQuarterAndWhereTheValuesCameFrom() {
    GoalChain chain =
        new ChainBuilder()
            .indicator(
                indicator("kostnad")
                    .unit(IndicatorUnit.KR)
                    .kpi("N21890")
                    .better(Better.LOWER)
                    .target(2025, "best 25%")
                    .value(2025, "40000")
                    .build())
            .fetchedComparison(
                "N21890",
                2025,
                new Fetched("Kolada N21890 (T)", java.time.LocalDate.of(2026, 12, 4)),
                "0001",
                "52000",
                "0002",
                "61000",
                "0003",
                "38000",
                "0004",
                "45000",
                "0005",
                "39000",
                "0006",
                "70000",
                "0007",
                "41000")
            .chain();
    Assessment a = indicatorOf(chain, "kostnad", 2025);
    // 8 values lowest first: 38 000, 39 000, 40 000 (own), 41 000, ...; the best quarter is
    // ⌈8·25/100⌉ = 2 places, the second holding 39 000.
    assertThat(a.result()).isEqualTo(Result.NOT_MET);
    assertThat(a.explanation().text())
        .isEqualTo(
            "målet inte nått: plats 3 av 8 mot målet best 25%: de 25 % bästa är plats 1–2, värden"
                + " upp till 39 000 bland alla kommuner (hämtat från Kolada N21890 (T)"
                + " 2026-12-04)");
  }

  @Test
  void ranksAmongTheComparisonGroupOnly() {
    ComparisonGroup neighbours =
        new ComparisonGroup("Grannkommuner", null, List.of("0001", "0003", "0005", "0181"));
    GoalChain chain =
        new ChainBuilder()
            .indicator(
                indicator("nojdhet")
                    .kpi("U21468", neighbours)
                    .better(Better.HIGHER)
                    .target(2025, "middle 50%")
                    .value(2025, "70")
                    .build())
            .comparison(
                "U21468", 2025, "0001", 85, "0002", 80, "0003", 75, "0004", 65, "0005", 60, "0006",
                50, "0007", 45)
            .chain();
    Assessment a = indicatorOf(chain, "nojdhet", 2025);
    // Among the four: 85, 75, 70 (own), 60; the middle half cuts ⌊4·50/200⌋ = 1 from each end.
    assertThat(a.result()).isEqualTo(Result.MET);
    assertThat(a.explanation().text())
        .isEqualTo(
            "målet nått: plats 3 av 4 mot målet middle 50%: de mittersta 50 % är plats 2–3, värden"
                + " 70–75 bland Grannkommuner (jämförelsevärden ur planen)");
  }

  @Test
  void cannotJudgeARelativeTargetWithoutComparisonData() {
    GoalChain chain =
        new ChainBuilder()
            .indicator(
                indicator("ensamhet")
                    .kpi("U23471")
                    .target(2025, "best 25%")
                    .value(2025, "40")
                    .build())
            .chain();
    Assessment a = indicatorOf(chain, "ensamhet", 2025);
    assertThat(a.result()).isEqualTo(Result.NOT_ASSESSED);
    assertThat(a.explanation().text()).isEqualTo("inga jämförelsevärden för U23471 år 2025");
  }

  @Test
  void anIndicatorWithoutTargetForTheYearIsNotAssessedByTarget() {
    GoalChain chain =
        new ChainBuilder()
            .indicator(indicator("x").target(2026, ">= 90").value(2025, "95").build())
            .chain();
    assertThat(indicatorOf(chain, "x", 2025).explanation().text())
        .isEqualTo("inget mätbart mål för 2025");
  }

  @Test
  void valuesOfOtherKindsThanTheUnitAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                indicator("x")
                    .unit(IndicatorUnit.PERCENT)
                    .value(2025, new Quantity.Answer(true))
                    .build())
        .hasMessageContaining("is not a value of unit percent");
    assertThat(amount("1").fits(IndicatorUnit.YES_NO)).isFalse();
  }
}
