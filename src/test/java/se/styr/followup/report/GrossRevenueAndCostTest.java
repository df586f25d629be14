package se.styr.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.styr.checks.Finding;
import se.styr.checks.FindingKind;
import se.styr.followup.OccasionEconomy;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/**
 * An area's gross revenue and cost at an occasion, where the plan's gross table budgets them: the
 * budgets read from the plan, the net figures checked against them by the plan's result formula.
 */
class GrossRevenueAndCostTest {
  private static final PlanDocument LERUM =
      PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));

  private static String delar() throws IOException {
    return Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8);
  }

  private static OccasionGross gross(String text) {
    FollowUpReport report = FollowUpReportFile.read("delar.yaml", text, LERUM);
    OccasionEconomy economy = ReportEconomy.of(report, LERUM);
    return ReportEconomy.gross(report, LERUM, economy);
  }

  @Test
  void takesEveryProductionAreasGrossBudgetsFromThePlanAndFindsNothingWhereNetIsTheirSum()
      throws IOException {
    OccasionGross gross = gross(delar());
    // all eight production areas have gross budgets in the plan's table
    assertThat(gross.lines()).hasSize(8);
    OccasionGross.Line aldreboende = gross.lines().get(1);
    assertThat(aldreboende.revenue().budget()).isEqualByComparingTo("31.3");
    assertThat(aldreboende.cost().budget()).isEqualByComparingTo("-330.6");
    assertThat(aldreboende.netBudget()).isEqualByComparingTo("-299.3");
    assertThat(aldreboende.revenue().forecast()).isEqualByComparingTo("31.6");
    // the plan's own rounding differences (Hälsa 97,8 against 97,7) are the plan's findings,
    // not the occasion's
    assertThat(gross.findings()).isEmpty();
    // a total is blank where an area has not reported (a blank is never a zero)
    assertThat(gross.total().revenue().budget()).isNotNull();
    assertThat(gross.total().revenue().forecast()).isNull();
  }

  @Test
  void findsANetForecastThatIsNotTheRevenueAndCostReportedAtTheCell() throws IOException {
    OccasionGross gross =
        gross(
            delar()
                .replace(
                    "cost: {outcomeToDate: -224, forecast: -334.6}",
                    "cost: {outcomeToDate: -224, forecast: -344.6}"));
    assertThat(gross.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rowKey()).isEqualTo("aldreboende");
              assertThat(f.columnKey()).isEqualTo("net-forecast");
              assertThat(f.stated()).isEqualByComparingTo("-303");
              assertThat(f.computed()).isEqualByComparingTo("-313.0");
              assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
            });
    assertThat(gross.at("hemtjanst")).isEmpty();
    assertThat(gross.findings()).extracting(Finding::row).containsExactly("Äldreboende");
  }

  @Test
  void writesTheGrossFiguresBackByteForByte() throws IOException {
    String text = delar();
    assertThat(FollowUpReportFile.write(FollowUpReportFile.read("delar.yaml", text, LERUM)))
        .isEqualTo(text);
  }

  @Test
  void findsABudgetTheOccasionGivesThatIsNotItsRevenueAndCost() throws IOException {
    OccasionGross gross =
        gross(
            delar()
                .replace(
                    "revenue: {outcomeToDate: 66.2, forecast: 99.8}",
                    "revenue: {budget: 104.4, outcomeToDate: 66.2, forecast: 99.8}"));
    assertThat(gross.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rowKey()).isEqualTo("hemtjanst");
              assertThat(f.columnKey()).isEqualTo("net-budget");
            });
  }
}
