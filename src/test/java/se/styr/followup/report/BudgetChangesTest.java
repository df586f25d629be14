package se.styr.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.followup.BudgetChange;
import se.styr.followup.EconomyLine;
import se.styr.followup.EconomyRules;
import se.styr.followup.OccasionEconomy;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.InvalidValueException;
import se.styr.shared.file.BadFileException;

/** Budget changes decided during the year move the areas' full-year budgets at an occasion. */
class BudgetChangesTest {
  private static final PlanDocument LERUM =
      PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));

  private static String delar() throws IOException {
    return Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8);
  }

  private static EconomyLine line(OccasionEconomy economy, String area) {
    return economy.lines().stream().filter(l -> l.area().equals(area)).findFirst().orElseThrow();
  }

  @Test
  void aReallocationMovesMoneyBetweenAreasWhicheverSignThePlanGivesCosts() throws IOException {
    FollowUpReport report = FollowUpReportFile.read("delar.yaml", delar(), LERUM);
    OccasionEconomy economy = ReportEconomy.of(report, LERUM);
    // Lerum gives net results, costs negative: 1,5 mkr more to spend is a budget 1,5 lower
    assertThat(line(economy, "arbetsliv").budget()).isEqualByComparingTo("-76.2");
    assertThat(line(economy, "halsa").budget()).isEqualByComparingTo("-99.3");
    // the committee's total is unchanged by a reallocation
    OccasionEconomy without = ReportEconomy.of(report.withBudgetChanges(List.of()), LERUM);
    assertThat(economy.total().budget()).isEqualByComparingTo(without.total().budget());
    assertThat(line(economy, "arbetsliv").deviation()).isEqualByComparingTo("0");
  }

  @Test
  void moreMoneyIsALargerBudgetWhereCostsArePositive() {
    BudgetChange change =
        new BudgetChange(
            null, "bistand", new BigDecimal("5"), LocalDate.of(2024, 3, 1), null, "Volymer");
    assertThat(change.effectOn("bistand", EconomyRules.AmountSign.COSTS_POSITIVE))
        .isEqualByComparingTo("5");
    assertThat(change.effectOn("bistand", EconomyRules.AmountSign.COSTS_NEGATIVE))
        .isEqualByComparingTo("-5");
    assertThat(change.effectOn("sabo", EconomyRules.AmountSign.COSTS_POSITIVE)).isZero();
  }

  @Test
  void aChangeNeedsAnAreaAnAmountAndItsReason() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    assertThatThrownBy(() -> new BudgetChange(null, " ", BigDecimal.ONE, day, null, "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("give to");
    assertThatThrownBy(() -> new BudgetChange("a", "a", BigDecimal.ONE, day, null, "x"))
        .hasMessageContaining("same area");
    assertThatThrownBy(() -> new BudgetChange("a", "b", BigDecimal.ZERO, day, null, "x"))
        .hasMessageContaining("changes nothing");
    assertThatThrownBy(() -> new BudgetChange("a", "b", BigDecimal.ONE, day, null, " "))
        .hasMessageContaining("reason");
  }

  @Test
  void namesAnUnknownAreaAndADecisionAfterThePeriodOrOutsideTheYearByLine() throws IOException {
    String bad =
        delar()
            .replace(
                "budgetChanges:\n",
                "budgetChanges:\n"
                    + "  - {to: okant, amount: 1, decided: 2024-02-01, reason: Test}\n"
                    + "  - {to: halsa, amount: 1, decided: 2024-10-01, reason: Senare}\n"
                    + "  - {to: halsa, amount: 1, decided: 2023-12-01, reason: Tidigare}\n"
                    + "  - {to: halsa, amount: tio, decided: 2024-02-01, reason: Text}\n");
    List<String> problems =
        catchThrowableOfType(
                BadFileException.class, () -> FollowUpReportFile.read("d.yaml", bad, LERUM))
            .problems()
            .stream()
            .map(p -> p.line() + ": " + p.message())
            .toList();
    int first =
        bad.lines()
                .toList()
                .indexOf("  - {to: okant, amount: 1, decided: 2024-02-01, reason: Test}")
            + 1;
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(first + ": ")
                    .contains("the operational area 'okant' is not in the plan"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith((first + 1) + ": ")
                    .contains(
                        "decided 2024-10-01, after the occasion's period, which ends 2024-08-31"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith((first + 2) + ": ")
                    .contains("outside the plan's budget year"))
        .anySatisfy(
            p -> assertThat(p).startsWith((first + 3) + ": ").contains("'tio' is not a number"));
  }

  @Test
  void södertäljesVolumeAdjustmentsRaiseTheAreasBudgetsAndSayWhatKindTheyAre() throws IOException {
    PlanDocument sodertalje =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    FollowUpReport report =
        FollowUpReportFile.read(
            "sodertalje-delar-2025.yaml",
            Files.readString(
                Path.of("demo/followup/sodertalje-delar-2025.yaml"), StandardCharsets.UTF_8),
            sodertalje);

    assertThat(report.budgetChanges())
        .extracting(BudgetChange::kind)
        .containsExactly(
            BudgetChange.Kind.VOLUME, BudgetChange.Kind.PRICE, BudgetChange.Kind.VOLUME);
    OccasionEconomy economy = ReportEconomy.of(report, sodertalje);
    // costs positive: the plan's 112,0 mnkr and January's volume adjustment of 2,1
    assertThat(line(economy, "personlig-assistans").budget()).isEqualByComparingTo("114.1");
    OccasionEconomy without = ReportEconomy.of(report.withBudgetChanges(List.of()), sodertalje);
    assertThat(economy.total().budget().subtract(without.total().budget()))
        .isEqualByComparingTo("4.0");
  }

  @Test
  void aReallocationNamesBothAreasAndAnUnknownKindIsNamedAtItsLine() throws IOException {
    assertThatThrownBy(
            () ->
                new BudgetChange(
                    null,
                    "halsa",
                    BigDecimal.ONE,
                    LocalDate.of(2024, 3, 1),
                    null,
                    "Flytt",
                    BudgetChange.Kind.REALLOCATION))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("both from and to");
    assertThat(BudgetChange.Kind.of(" volume ")).isEqualTo(BudgetChange.Kind.VOLUME);
    assertThat(BudgetChange.Kind.of("")).isNull();
    assertThatThrownBy(() -> BudgetChange.Kind.of("volym"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("volume, price, frame_change, frame_transfer, reallocation");

    String text =
        delar()
            .replace(
                "hälso- och sjukvården., kind: reallocation}",
                "hälso- och sjukvården., kind: volym}\n"
                    + "  - {to: halsa, amount: 1, decided: 2024-04-01, reason: Flytt, kind:"
                    + " reallocation}");
    BadFileException problem =
        catchThrowableOfType(
            BadFileException.class, () -> FollowUpReportFile.read("delar.yaml", text, LERUM));
    int line =
        (int) text.substring(0, text.indexOf("kind: volym")).chars().filter(c -> c == '\n').count()
            + 1;
    assertThat(problem.getMessage())
        .contains("delar.yaml:" + line + ":")
        .contains("'volym' is not one of volume")
        .contains("delar.yaml:" + (line + 1) + ":")
        .contains("both from and to");
  }
}
