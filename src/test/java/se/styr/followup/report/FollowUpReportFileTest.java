package se.styr.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OccasionEconomy.Gap;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/** The follow-up report file: read against its plan, computed, and written back byte for byte. */
class FollowUpReportFileTest {
  private static final PlanDocument LERUM =
      PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));

  private static String file() throws IOException {
    return Files.readString(
        Path.of("src/test/resources/followup/lerum-t1-2024.yaml"), StandardCharsets.UTF_8);
  }

  private static List<String> problems(String text) {
    return catchThrowableOfType(
            BadFileException.class, () -> FollowUpReportFile.read("t1.yaml", text, LERUM))
        .problems()
        .stream()
        .map(p -> p.line() + ": " + p.message())
        .toList();
  }

  private static int lineOf(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError(fragment);
  }

  @Test
  void readsAReportAndWritesItBackByteForByte() throws IOException {
    String text = file();
    FollowUpReport report = FollowUpReportFile.read("t1.yaml", text, LERUM);
    assertThat(report.occasion().monthsElapsed()).isEqualTo(4);
    assertThat(report.economy()).hasSize(2);
    assertThat(report.economy().get(0).measures()).hasSize(1);
    assertThat(FollowUpReportFile.write(report)).isEqualTo(text);
  }

  @Test
  void computesTheCommitteesEconomyWithThePlansBudgetsAndItsSignOfCosts() throws IOException {
    OccasionEconomy economy =
        ReportEconomy.of(FollowUpReportFile.read("t1.yaml", file(), LERUM), LERUM);
    // every area of the plan, reported or not, named as the plan names it
    assertThat(economy.lines()).hasSize(8);
    EconomyLine aldreboende = economy.lines().get(1);
    assertThat(aldreboende.name()).isEqualTo("Äldreboende");
    assertThat(aldreboende.budget()).isEqualByComparingTo("-299.3");
    assertThat(aldreboende.budgetToDate()).isEqualByComparingTo("-99.766667");
    // Lerum's figures give costs as negative: a forecast of -304,3 is a deficit of 5,0
    assertThat(aldreboende.deviation()).isEqualByComparingTo("-5.0");
    assertThat(aldreboende.deviationPercent()).isEqualByComparingTo("-1.7");
    assertThat(aldreboende.linearProjection()).isEqualByComparingTo("-303.6");
    assertThat(aldreboende.forecastFar()).isFalse();
    assertThat(aldreboende.measuresMissing()).isFalse();
    assertThat(economy.total().budget()).isEqualByComparingTo("-839.9");
    assertThat(economy.total().forecast()).isNull(); // six areas have not reported
    assertThat(economy.gaps())
        .contains(new Gap("ledning", Gap.Kind.FORECAST_MISSING))
        .doesNotContain(new Gap("hemtjanst", Gap.Kind.FORECAST_MISSING));
  }

  @Test
  void namesAnAreaThePlanDoesNotHaveAndTextWhereANumberBelongsByLine() throws IOException {
    String bad =
        file()
            .replace("- area: hemtjanst", "- area: hemtjänsten")
            .replace("forecast: -304.3", "forecast: minus tre");
    assertThat(problems(bad))
        .containsExactlyInAnyOrder(
            lineOf(bad, "forecast: minus tre")
                + ": operational area, field 'forecast': 'minus tre' is not a number",
            lineOf(bad, "area: hemtjänsten")
                + ": the operational area 'hemtjänsten' is not in the plan; the plan's areas:"
                + " ledning, aldreboende, hemtjanst, funktionsstod, halsa, myndighet, arbetsliv,"
                + " politisk");
  }

  @Test
  void refusesAReportOfAnotherPlanOrOfAnotherYear() throws IOException {
    String bad =
        file()
            .replace("budgetYear: 2024, version: 2}", "budgetYear: 2024, version: 1}")
            .replace("periodEnd: 2024", "periodEnd: 2025");
    assertThat(problems(bad))
        .containsExactly(
            lineOf(bad, "plan: {")
                + ": the report follows up 1441/stod-och-omsorgsnamnden/2024 v1, not this plan"
                + " (1441/stod-och-omsorgsnamnden/2024 v2)",
            lineOf(bad, "periodEnd")
                + ": the follow-up ends 2025-04-30, outside the plan's budget year 2024");
  }

  @Test
  void aCorrectionNeedsItsReasonAndAReportedOccasionItsDecision() throws IOException {
    assertThat(problems(file().replace("report: {version: 1}", "report: {version: 2}")))
        .singleElement()
        .asString()
        .contains("version 2 of a report corrects an earlier one and needs its reason");
    assertThat(problems(file().replace("status: open", "status: closed")))
        .singleElement()
        .asString()
        .contains("give the decision");
    assertThat(
            FollowUpReportFile.read(
                    "t1.yaml",
                    file()
                        .replace(
                            "status: open",
                            "status: reported\nreported: {date: 2024-05-21, paragraph: § 41,"
                                + " dnr: SON 2024/88}"),
                    LERUM)
                .reported()
                .paragraph())
        .isEqualTo("§ 41");
  }

  @Test
  void listsEveryProblemAtOnce() {
    assertThat(
            catchThrowableOfType(
                    BadFileException.class,
                    () -> FollowUpReportFile.read("x.yaml", "format: styr-followup/1\n", LERUM))
                .problems())
        .extracting(FileProblem::message)
        .containsExactly(
            "follow-up report: missing field 'plan'", "follow-up report: missing field 'occasion'");
  }

  @Test
  void namesAnIndicatorThePlanDoesNotHaveAPeriodOutsideTheOccasionAndAMissingValueWithoutReason()
      throws IOException {
    String bad =
        file()
                .replace(
                    "indicator: sabo-helhetssyn, period: 2024-T1",
                    "indicator: okand, period: 2024-T1")
                .replace("reason: Mäts vid årets slut.", "source: x")
            + "  - {indicator: sabo-helhetssyn, period: 2024-08, value: 80}\n";
    assertThat(problems(bad))
        .containsExactlyInAnyOrder(
            lineOf(bad, "indicator: hemtjanstindex")
                + ": indicator value 'hemtjanstindex 2024-T1': the value of hemtjanstindex for"
                + " 2024-T1 is missing: say why (reason)",
            lineOf(bad, "indicator: okand") + ": the indicator 'okand' is not in the plan",
            lineOf(bad, "period: 2024-08")
                + ": the period 2024-08 lies outside the follow-up, which covers 2024-01-01 up to"
                + " 2024-04-30");
  }

  @Test
  void assessesThePlansGoalsWithTheValuesReportedAtTheOccasion() throws IOException {
    PlanDocument sodertalje =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    FollowUpReport delar =
        FollowUpReportFile.read(
            "delar.yaml",
            Files.readString(
                Path.of("demo/followup/sodertalje-delar-2025.yaml"), StandardCharsets.UTF_8),
            sodertalje);
    var assessed = ReportGoals.assess(delar, sodertalje);
    // the budget adherence indicator's deviation of -0,3 % is green by the plan's traffic light
    assertThat(assessed.indicators())
        .filteredOn(a -> a.subject().equals("budgetfoljsamhet"))
        .singleElement()
        .extracting(se.styr.goals.Assessment::result)
        .isEqualTo(se.styr.goals.Result.MET);
    assertThat(assessed.indicators())
        .filteredOn(a -> a.subject().equals("hme"))
        .singleElement()
        .satisfies(a -> assertThat(a.explanation().text()).contains("saknas"));
    assertThat(assessed.goals())
        .filteredOn(a -> a.subject().equals("nm5"))
        .singleElement()
        .extracting(se.styr.goals.Assessment::result)
        .isEqualTo(se.styr.goals.Result.MET);
  }

  @Test
  void takesControlResultsOnlyAtAnOccasionThatCoversInternalControlAndForThePlansControls()
      throws IOException {
    String controls =
        """
        controls:
          - {control: dokumentation, outcome: no_deviation}
          - {control: okand, outcome: no_deviation}
          - {control: lokaler, outcome: deviation}
        """;
    String t1 = file() + controls;
    assertThat(problems(t1))
        .filteredOn(p -> p.contains("does not cover internal control"))
        .hasSize(1);
    String delar =
        file().replace("covers: [economy, goals]", "covers: [economy, goals, internal_control]")
            + controls;
    assertThat(problems(delar))
        .containsExactlyInAnyOrder(
            lineOf(delar, "control: okand")
                + ": the control 'okand' is not in the plan's internal control plan",
            lineOf(delar, "control: lokaler")
                + ": control result 'lokaler': the control lokaler showed a deviation: describe"
                + " what was found (found)");
  }

  @Test
  void sumsThePlansSubtotalGroupsAndPlacesEachAfterItsLastArea() throws IOException {
    PlanDocument sodertalje =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    FollowUpReport delar =
        FollowUpReportFile.read(
            "delar.yaml",
            Files.readString(
                Path.of("demo/followup/sodertalje-delar-2025.yaml"), StandardCharsets.UTF_8),
            sodertalje);
    OccasionEconomy economy = ReportEconomy.of(delar, sodertalje);
    assertThat(economy.subtotals())
        .extracting(t -> t.group().key(), OccasionEconomy.Subtotal::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lss", "daglig-verksamhet"),
            org.assertj.core.groups.Tuple.tuple("sol", "turbundna-resor"));
    OccasionEconomy.Subtotal lss = economy.subtotals().get(0);
    // without the year's budget changes, the same sums the plan states in its subtotal rows for
    // 2025; with them, moved by the volume adjustments (LSS +3,6) and the price adjustment (SoL
    // +0,4)
    OccasionEconomy planned = ReportEconomy.of(delar.withBudgetChanges(List.of()), sodertalje);
    assertThat(lss.line().name()).isEqualTo("Summa verksamhetsområde LSS");
    assertThat(planned.subtotals().get(0).line().budget()).isEqualByComparingTo("783.9");
    assertThat(planned.subtotals().get(1).line().budget()).isEqualByComparingTo("71.5");
    assertThat(lss.line().budget()).isEqualByComparingTo("787.5");
    assertThat(economy.subtotals().get(1).line().budget()).isEqualByComparingTo("71.9");
    java.math.BigDecimal forecasts =
        economy.lines().stream()
            .filter(l -> lss.group().areas().contains(l.area()))
            .map(EconomyLine::forecast)
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertThat(lss.line().forecast()).isEqualByComparingTo(forecasts);
    assertThat(lss.line().deviation())
        .isEqualByComparingTo(lss.line().budget().subtract(forecasts));
  }
}
