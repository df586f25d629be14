package se.styr.imports.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.followup.AreaEconomy;
import se.styr.followup.CodePattern;
import se.styr.followup.EconomyRules;
import se.styr.followup.LedgerMapping;
import se.styr.followup.LedgerRule;
import se.styr.followup.Periodisation;
import se.styr.followup.ProjectEconomy;
import se.styr.imports.sie.SieReader;
import se.styr.plan.PlanFileReader;

/** A ledger summed by the plan's mapping up to the occasion, and what that changes in it. */
class LedgerOutcomeTest {
  private static final LedgerMapping LERUM =
      PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"))
          .followUp()
          .ledger();

  private static final String HEAD =
      """
      #FLAGGA 0
      #FORMAT PC8
      #SIETYP 4
      #RAR 0 20240101 20241231
      """;

  private static LedgerOutcome read(String file, LedgerMapping mapping, LocalDate until) {
    LedgerOutcome outcome = new LedgerOutcome(mapping, until);
    SieReader.read(
        new ByteArrayInputStream(file.getBytes(Charset.forName("IBM437"))), "test.se", outcome);
    return outcome.finish();
  }

  static final String LEDGER =
      HEAD
          + """
          #VER A 1 20240115 "Avgifter och löner"
          {
          #TRANS 3010 {1 "2210"} -1000.00
          #TRANS 5010 {1 "2210"} 25000.50
          #TRANS 5010 {1 "2120"} 3000.00
          #TRANS 5010 {1 "9999"} 700.00
          #TRANS 1930 {} -27700.50
          }
          #VER A 2 20240910 "Efter delåret"
          {
          #TRANS 5010 {1 "2210"} 500.00
          #TRANS 1930 {} -500.00
          }
          """;

  @Test
  void sumsEachAreasRevenueAndCostUpToTheOccasionAndListsWhatNoAreaTakes() {
    LedgerOutcome outcome = read(LEDGER, LERUM, LocalDate.of(2024, 8, 31));

    LedgerOutcome.AreaSum hemtjanst = outcome.areas().get("hemtjanst");
    assertThat(hemtjanst.revenue()).isEqualTo(-100000L);
    assertThat(hemtjanst.cost()).isEqualTo(2500050L);
    assertThat(hemtjanst.net()).isEqualTo(2400050L);
    // September's row is after the occasion: not in the outcome, but in the year's months
    assertThat(hemtjanst.months()[0]).isEqualTo(2400050L);
    assertThat(hemtjanst.months()[8]).isEqualTo(50000L);
    assertThat(outcome.areas().get("aldreboende").net()).isEqualTo(300000L);
    assertThat(outcome.unmapped())
        .containsExactly(new LedgerOutcome.Unmapped("5010", "1:9999", 70000L));
    assertThat(outcome.counted()).isEqualTo(5);
    assertThat(outcome.later()).isEqualTo(2);
  }

  @Test
  void theOccasionGetsEachMappedAreasOutcomeInThePlansUnitAndSignAndSaysWhatChanged() {
    LedgerOutcome outcome = read(LEDGER, LERUM, LocalDate.of(2024, 8, 31));
    AreaEconomy hemtjanst =
        AreaEconomy.budgeted("hemtjanst", "Hemtjänst", null)
            .withOutcome(new BigDecimal("-9.9"), null);

    LedgerImport.Result result =
        LedgerImport.apply(
            LERUM,
            List.of(hemtjanst),
            List.of(),
            outcome,
            "mkr",
            EconomyRules.AmountSign.COSTS_NEGATIVE,
            LedgerImport.Year.CURRENT,
            LedgerImport.Gross.NONE);

    AreaEconomy imported =
        result.areas().stream().filter(a -> a.area().equals("hemtjanst")).findFirst().orElseThrow();
    // 24 000,50 kr of net cost is -0,0240005 mkr in Lerum's net results
    assertThat(imported.outcomeToDate()).isEqualByComparingTo("-0.024001");
    assertThat(imported.name()).isEqualTo("Hemtjänst");
    assertThat(result.areas()).hasSize(8);
    // an area the ledger has no row for had nothing to date
    assertThat(
            result.areas().stream()
                .filter(a -> a.area().equals("politisk"))
                .findFirst()
                .orElseThrow()
                .outcomeToDate())
        .isEqualByComparingTo("0");
    assertThat(result.changes())
        .filteredOn(c -> c.subject().equals("hemtjanst"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.before()).isEqualByComparingTo("-9.9");
              assertThat(c.after()).isEqualByComparingTo("-0.024001");
            });
    assertThat(result.unmapped()).hasSize(1);
  }

  @Test
  void lastYearsFileGivesTheOutcomeTheSameDayLastYearAndTheMonthlyProfile() {
    StringBuilder file = new StringBuilder(HEAD);
    for (int month = 1; month <= 12; month++) {
      file.append("#VER A ")
          .append(month)
          .append(String.format(" 2024%02d15\n{\n", month))
          .append("#TRANS 5010 {1 \"2210\"} ")
          .append(month == 7 ? "1600.00" : "1000.00")
          .append("\n#TRANS 1930 {} ")
          .append(month == 7 ? "-1600.00" : "-1000.00")
          .append("\n}\n");
    }
    LedgerOutcome outcome = read(file.toString(), LERUM, LocalDate.of(2024, 8, 31));

    LedgerImport.Result result =
        LedgerImport.apply(
            LERUM,
            List.of(),
            List.of(),
            outcome,
            "tkr",
            EconomyRules.AmountSign.COSTS_POSITIVE,
            LedgerImport.Year.PREVIOUS,
            LedgerImport.Gross.NONE);

    AreaEconomy hemtjanst =
        result.areas().stream().filter(a -> a.area().equals("hemtjanst")).findFirst().orElseThrow();
    assertThat(hemtjanst.outcomeToDateLastYear()).isEqualByComparingTo("8.6");
    assertThat(hemtjanst.outcomeToDate()).isNull();
    assertThat(hemtjanst.periodisation()).isInstanceOf(Periodisation.Profile.class);
    // July weighs 1,6 of the year's 12,6
    BigDecimal july =
        hemtjanst.periodisation().shareOfYear(7).subtract(hemtjanst.periodisation().shareOfYear(6));
    assertThat(july)
        .isCloseTo(
            new BigDecimal("1600")
                .divide(new BigDecimal("12600"), 12, java.math.RoundingMode.HALF_UP),
            org.assertj.core.data.Offset.offset(new BigDecimal("0.00000000001")));
    assertThat(result.changes()).anyMatch(c -> c.figure().equals("profile"));
  }

  @Test
  void projectsTakeTheirRowsOnAnyAccountAndAFileOfPeriodBalancesIsSummedByObject() {
    LedgerMapping mapping =
        new LedgerMapping(
            false,
            null,
            null,
            List.of(
                new LedgerRule(
                    "hemtjanst", List.of(), Map.of(1, List.of(CodePattern.parse("22*"))))),
            List.of(
                new LedgerRule(
                    "bilar",
                    List.of(CodePattern.parse("1200-1299")),
                    Map.of(6, List.of(CodePattern.parse("P1"))))));
    String periods =
        HEAD
            + """
            #PSALDO 0 202401 5010 {} 900.00
            #PSALDO 0 202401 5010 {1 "2210"} 600.00
            #PSALDO 0 202401 5010 {1 "2300"} 300.00
            #PSALDO 0 202409 5010 {1 "2210"} 50.00
            #PSALDO 0 202402 1220 {6 "P1"} 40000.00
            """;
    LedgerOutcome outcome = read(periods, mapping, LocalDate.of(2024, 8, 31));

    assertThat(outcome.fromPeriodBalances()).isTrue();
    assertThat(outcome.areas().get("hemtjanst").net()).isEqualTo(60000L);
    assertThat(outcome.unmapped())
        .containsExactly(new LedgerOutcome.Unmapped("5010", "1:2300", 30000L));
    assertThat(outcome.projects()).containsEntry("bilar", 4000000L);

    LedgerImport.Result result =
        LedgerImport.apply(
            mapping,
            List.of(),
            List.of(ProjectEconomy.budgeted("bilar", "Bilar", new BigDecimal("100"))),
            outcome,
            "tkr",
            EconomyRules.AmountSign.COSTS_POSITIVE,
            LedgerImport.Year.CURRENT,
            LedgerImport.Gross.NONE);
    assertThat(result.projects())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.outcomeToDate()).isEqualByComparingTo("40");
              assertThat(p.budget()).isEqualByComparingTo("100");
            });
  }
}
