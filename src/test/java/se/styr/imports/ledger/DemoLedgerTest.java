package se.styr.imports.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.followup.AreaEconomy;
import se.styr.followup.EconomyRules;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUpReportFile;
import se.styr.imports.sie.SieReader;
import se.styr.imports.sie.SieSummary;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/**
 * The demo ledger Styr ships for Lerum's delårsrapport is what its generator writes, says it is
 * demo data, and gives each area exactly the outcome to date the demo report states.
 */
class DemoLedgerTest {

  @Test
  void theShippedDemoLedgerIsWhatItsGeneratorWrites() throws IOException {
    assertThat(Files.readAllBytes(DemoLedger.FILE))
        .as("write it again with DemoLedger.main")
        .isEqualTo(DemoLedger.text().getBytes(DemoLedger.CP437));
  }

  @Test
  void readByTheDemoPlansMappingItGivesEachAreaTheDemoReportsOutcome() throws IOException {
    PlanDocument plan = PlanFileReader.read(DemoLedger.PLAN);
    FollowUpReport report =
        FollowUpReportFile.read("lerum-delar-2024.yaml", Files.readString(DemoLedger.REPORT), plan);
    LedgerOutcome outcome =
        new LedgerOutcome(plan.followUp().ledger(), report.occasion().periodEnd());
    SieSummary file = SieReader.read(DemoLedger.FILE, outcome);
    outcome.finish();

    assertThat(file.company()).contains("demodata");
    LedgerImport.Result result =
        LedgerImport.apply(
            plan.followUp().ledger(),
            report.economy(),
            List.of(),
            outcome,
            "mkr",
            EconomyRules.AmountSign.COSTS_NEGATIVE,
            LedgerImport.Year.CURRENT,
            grossOf(plan));
    for (AreaEconomy stated : report.economy()) {
      AreaEconomy imported =
          result.areas().stream()
              .filter(a -> a.area().equals(stated.area()))
              .findFirst()
              .orElseThrow();
      assertThat(imported.outcomeToDate())
          .as(stated.area())
          .isEqualByComparingTo(stated.outcomeToDate());
    }
    // the net outcomes and the gross figures the demo states stay as they are; the areas the plan
    // budgets gross but the demo report does not report gross get their revenue and cost
    java.util.Set<String> reportedGross = new java.util.HashSet<>();
    report.economy().stream()
        .filter(a -> a.gross() != null && a.gross().revenue().outcomeToDate() != null)
        .forEach(a -> reportedGross.add(a.area()));
    assertThat(result.changes())
        .isNotEmpty()
        .allSatisfy(
            c -> {
              assertThat(c.figure()).isIn("revenueToDate", "costToDate");
              assertThat(reportedGross).doesNotContain(c.subject());
            });
    AreaEconomy hemtjanst =
        result.areas().stream().filter(a -> a.area().equals("hemtjanst")).findFirst().orElseThrow();
    assertThat(hemtjanst.gross().revenue().outcomeToDate()).isEqualByComparingTo("66.2");
    assertThat(hemtjanst.gross().cost().outcomeToDate()).isEqualByComparingTo("-72.3");
    assertThat(result.unmapped())
        .containsExactly(new LedgerOutcome.Unmapped("5010", "1:9100", 1250000L));
    assertThat(outcome.areas().get("hemtjanst").revenue()).isEqualTo(-6620000000L);
    assertThat(LocalDate.of(2024, 8, 31)).isEqualTo(report.occasion().periodEnd());
  }

  /** The areas Lerum's plan budgets gross, signed as its gross table relates them. */
  private static LedgerImport.Gross grossOf(PlanDocument plan) {
    se.styr.followup.report.GrossBudgets budgets =
        se.styr.followup.report.GrossBudgets.of(plan, 2024);
    assertThat(budgets.revenue()).containsKeys("aldreboende", "hemtjanst");
    return new LedgerImport.Gross(
        budgets.revenue().keySet(), budgets.revenueNegated(), budgets.costNegated());
  }
}
