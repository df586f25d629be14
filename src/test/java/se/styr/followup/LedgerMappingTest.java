package se.styr.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.plan.PlanFileReader;
import se.styr.shared.InvalidValueException;
import se.styr.shared.file.BadFileException;

/** How a plan file maps the ledger's accounts and objects to its areas and projects. */
class LedgerMappingTest {

  @Test
  void aPatternIsACodeARangeOrABeginning() {
    assertThat(CodePattern.parse("3000-3999").matches("3500")).isTrue();
    assertThat(CodePattern.parse("3000-3999").matches("4000")).isFalse();
    assertThat(CodePattern.parse("3000-3999").matches("35A0")).isFalse();
    assertThat(CodePattern.parse("22*").matches("2210")).isTrue();
    assertThat(CodePattern.parse("22*").matches("2310")).isFalse();
    assertThat(CodePattern.parse("A1010").matches("A1010")).isTrue();
    assertThat(CodePattern.parse("1250").written()).isEqualTo("1250");
    for (String wrong : new String[] {"", "3999-3000", "2*2", "a b", "x-3000"}) {
      assertThatThrownBy(() -> CodePattern.parse(wrong))
          .as(wrong)
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void theFirstRuleThatMatchesTakesTheRowAndBalanceSheetAccountsAreNoOutcome() {
    LedgerMapping mapping =
        new LedgerMapping(
            false,
            null,
            null,
            List.of(
                new LedgerRule(
                    "myndighet",
                    List.of(CodePattern.parse("4000-7999")),
                    Map.of(1, List.of(CodePattern.parse("25*")))),
                new LedgerRule(
                    "hemtjanst", List.of(), Map.of(1, List.of(CodePattern.parse("2*"))))),
            List.of());

    assertThat(mapping.area("4010", d -> d == 1 ? "2510" : null)).contains("myndighet");
    assertThat(mapping.area("3010", d -> d == 1 ? "2510" : null)).contains("hemtjanst");
    assertThat(mapping.area("4010", d -> null)).isEmpty();
    assertThat(mapping.outcome("1930")).isFalse();
    assertThat(mapping.outcome("4010")).isTrue();
    assertThat(mapping.revenue("3010")).isTrue();
    assertThat(mapping.revenue("4010")).isFalse();
  }

  @Test
  void lerumsDemoPlanMapsEachAreaByItsCostCentres() {
    LedgerMapping ledger =
        PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"))
            .followUp()
            .ledger();

    assertThat(ledger.demo()).isTrue();
    assertThat(ledger.areas()).hasSize(8);
    assertThat(ledger.area("4010", d -> "2210")).contains("hemtjanst");
  }

  @Test
  void namesAWrongPatternAnUnknownAreaAndAWrongDimensionByLine() {
    String plan =
        se.styr.plan.PlanFiles.VALID
            + """
            followUp:
              ledger:
                accounts: [8999-3000]
                areas:
                  - {area: okand, objects: {'1': [2*]}}
                  - {area: sabo, objects: {x: ['1']}}
            """;
    assertThatThrownBy(() -> PlanFileReader.read("x.yaml", plan))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("the range '8999-3000' ends before it starts")
        .hasMessageContaining("okand")
        .hasMessageContaining("'x' is no dimension number");
  }

  @Test
  void aProjectRuleNamesAnInvestmentProjectOfThePlan() throws java.io.IOException {
    String sodertalje =
        java.nio.file.Files.readString(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    assertThat(sodertalje).doesNotContain("\nfollowUp:");
    String withLedger =
        sodertalje
            + "followUp:\n  ledger:\n    projects:\n"
            + "      - {project: aterskaffning, accounts: [1200-1299]}\n"
            + "      - {project: okant, accounts: [1200-1299]}\n";
    assertThatThrownBy(() -> PlanFileReader.read("x.yaml", withLedger))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("the ledger rule for project 'okant' names no project")
        .hasMessageContaining("aterskaffning");
  }
}
