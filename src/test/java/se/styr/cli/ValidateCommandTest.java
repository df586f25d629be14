package se.styr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.styr.plan.PlanFiles;

/** {@code styr validate}: JSON lines on stdout, exit 1 on a MISMATCH, 2 on an unreadable file. */
class ValidateCommandTest {
  @TempDir Path dir;

  private record Run(int status, List<String> out, String err) {}

  private static Run validate(String... files) {
    CliRun run = CliRun.of("validate", files);
    return new Run(run.status(), run.lines(), run.err());
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void printsEachFindingAsOneJsonLineAndExitsOneOnAMismatch() {
    Run run = validate("demo/trollhattan-omsorgsnamnden-2024.yaml");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .hasSize(5)
        .first()
        .isEqualTo(
            "{\"file\":\"demo/trollhattan-omsorgsnamnden-2024.yaml\",\"table\":\"Driftsammandrag\",\"row\":\"Summa\",\"column\":\"Budget"
                + " 2024\",\"stated\":1325246,\"computed\":1325245,\"difference\":1,\"kind\":\"ROUNDING\"}");
    assertThat(run.out())
        .contains(
            "{\"file\":\"demo/trollhattan-omsorgsnamnden-2024.yaml\",\"table\":\"Driftsammandrag\",\"row\":\"Summa\",\"column\":\"Budget"
                + " 2024\",\"stated\":\"Mkr\",\"computed\":\"tkr\",\"difference\":null,\"kind\":\"UNIT\"}",
            "{\"file\":\"demo/trollhattan-omsorgsnamnden-2024.yaml\",\"table\":\"Fördelning av"
                + " ramtillskott för ökning av målgruppsbehov\",\"row\":\"Nya"
                + " målgruppsbehov\",\"column\":\"Belopp\",\"stated\":9.9,\"computed\":12.8,\"difference\":-2.9,\"kind\":\"MISMATCH\"}");
  }

  @Test
  void exitsZeroWhenThereIsNoMismatchEvenWithRoundingAndUnitFindings() {
    Run run =
        validate(
            "demo/lerum-stod-och-omsorgsnamnden-2024.yaml",
            "demo/sodertalje-omsorgsnamnden-2025.yaml",
            "demo/ale-socialnamnden-2024.yaml");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .filteredOn(
            line -> line.contains("\"kind\":\"ROUNDING\"") || line.contains("\"kind\":\"UNIT\""))
        .hasSize(5);
    assertThat(run.out()).noneMatch(line -> line.contains("\"kind\":\"MISMATCH\""));
  }

  @Test
  void printsGoalChainFaultsAfterTheTableFindingsInTheSameFields() {
    Run run = validate("demo/sodertalje-omsorgsnamnden-2025.yaml");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "{\"file\":\"demo/sodertalje-omsorgsnamnden-2025.yaml\",\"table\":\"regel\",\"row\":\"budgetfoljsamhet:"
                + " traffic_light\",\"column\":\"bands\",\"stated\":\"0–97"
                + " rött\",\"computed\":\"98–99,4"
                + " gult\",\"difference\":null,\"kind\":\"BAND_GAP\"}");
    assertThat(run.out()).filteredOn(line -> line.contains("\"kind\":\"NO_TARGET\"")).hasSize(3);
    assertThat(run.out())
        .filteredOn(line -> line.contains("\"kind\":\"SUBGOALS\""))
        .singleElement()
        .asString()
        .contains("kf6: KF-mål 6");
  }

  @Test
  void exitsTwoAndNamesFileLineAndProblemOfAnUnreadableFile() throws IOException {
    Path bad = file("bad.yaml", PlanFiles.VALID.replace("values: [200, 210]", "values: [200, x]"));
    Run run = validate(bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(bad + ":23:").contains("'x' is not a number");
  }

  @Test
  void exitsTwoForAMissingFile() {
    assertThat(validate("no-such-file.yaml").status()).isEqualTo(2);
  }
}
