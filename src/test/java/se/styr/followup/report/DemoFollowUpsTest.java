package se.styr.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionEconomy;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/**
 * The demo follow-ups shipped with Styr: invented, marked as demo data, canonical, and internally
 * consistent (outcome to date within a tenth of the budget to date, or a tenth of the unit for the
 * smallest areas; no forecast far from both projections).
 */
class DemoFollowUpsTest {
  private static final Map<String, String> PLANS =
      Map.of(
          "lerum", "demo/lerum-stod-och-omsorgsnamnden-2024.yaml",
          "sodertalje", "demo/sodertalje-omsorgsnamnden-2025.yaml");

  /** A tenth of the unit: what a figure printed to one decimal may be off by. */
  private static final BigDecimal PRINTED = new BigDecimal("0.1");

  @ParameterizedTest
  @CsvSource({
    "lerum-t1-2024, lerum",
    "lerum-delar-2024, lerum",
    "sodertalje-delar-2025, sodertalje"
  })
  void isMarkedCanonicalAndConsistent(String name, String plan) throws IOException {
    PlanDocument planDocument = PlanFileReader.read(Path.of(PLANS.get(plan)));
    String text =
        Files.readString(Path.of("demo/followup", name + ".yaml"), StandardCharsets.UTF_8);
    FollowUpReport report = FollowUpReportFile.read(name, text, planDocument);
    assertThat(report.demo()).isTrue();
    assertThat(FollowUpReportFile.write(report)).isEqualTo(text);
    OccasionEconomy economy = ReportEconomy.of(report, planDocument);
    for (EconomyLine line : economy.lines()) {
      assertThat(line.forecastFar()).as(line.area() + " forecast far").isFalse();
      if (line.outcomeToDate() != null && line.budgetToDate().signum() != 0) {
        BigDecimal off = line.outcomeToDate().subtract(line.budgetToDate()).abs();
        assertThat(off)
            .as(line.area() + " outcome against budget to date")
            .isLessThanOrEqualTo(
                line.budgetToDate().abs().multiply(new BigDecimal("0.1")).max(PRINTED));
      }
    }
  }
}
