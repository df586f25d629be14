package se.styr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code styr assess FILE [--year YYYY]}: one JSON line per goal with its assessment and
 * explanation.
 */
class AssessCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path dir;

  private record Run(int status, List<String> out, String err) {}

  private static Run assess(String... args) {
    CliRun run = CliRun.of("assess", args);
    return new Run(run.status(), run.lines(), run.err());
  }

  @Test
  void printsOneLinePerGoalWithExactlyTheAgreedFields() {
    Run run = assess("demo/sodertalje-omsorgsnamnden-2025.yaml");
    assertThat(run.status()).isZero();
    assertThat(run.out()).hasSize(14);
    JsonNode first = JSON.readTree(run.out().get(0));
    assertThat(first.propertyNames())
        .containsExactly("file", "goal", "level", "assessment", "score", "explanation");
    assertThat(first.get("goal").asString()).isEqualTo("social");
    assertThat(first.get("level").asString()).isEqualTo("Målområde");
    assertThat(first.get("assessment").asString()).isEqualTo("not_assessed");
  }

  @Test
  void aPlanWithItsOwnScaleAlsoSaysHowEachResultIsShown() {
    Run run = assess("src/test/resources/plans/control-and-fulfilment.yaml");
    assertThat(run.status()).isZero();
    JsonNode line = JSON.readTree(run.out().get(0));
    assertThat(line.propertyNames())
        .containsExactly("file", "goal", "level", "assessment", "shown", "score", "explanation");
    assertThat(line.get("assessment").asString()).isEqualTo("partly_met");
    assertThat(line.get("shown").asString()).isEqualTo("Delvis uppfyllt eller ej mätbart");
  }

  @Test
  void assessesTheGivenYearWithSodertaljesRulesAndExplainsWhy() throws IOException {
    String plan =
        Files.readString(
            Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"), StandardCharsets.UTF_8);
    String withValues =
        plan.replace(
            "    baseline: {printed: 61%, value: 61}\n"
                + "    targets:\n"
                + "      - {years: [2025, 2026, 2027], printed: Öka, target: increase}\n",
            "    baseline: {printed: 61%, value: 61}\n"
                + "    targets:\n"
                + "      - {years: [2025, 2026, 2027], printed: Öka, target: increase}\n"
                + "    values:\n"
                + "      - {period: '2026', value: 59}\n");
    assertThat(withValues).isNotEqualTo(plan);
    Path file = Files.writeString(dir.resolve("plan.yaml"), withValues);
    Run run = assess(file.toString(), "--year", "2026");
    JsonNode nm1 =
        run.out().stream()
            .map(JSON::readTree)
            .filter(n -> n.get("goal").asString().equals("nm1"))
            .findFirst()
            .orElseThrow();
    assertThat(nm1.get("assessment").asString()).isEqualTo("not_met");
    assertThat(nm1.get("score").decimalValue()).isEqualByComparingTo("0");
    JsonNode explanation = nm1.get("explanation");
    assertThat(explanation.get("rule").asString()).isEqualTo("namndmal");
    assertThat(explanation.get("thresholds").get(1).asString())
        .isEqualTo("0,50–0,69 Delvis uppfyllt");
    JsonNode hygiene = explanation.get("parts").get(2);
    assertThat(hygiene.get("subject").asString()).isEqualTo("basal-hygien");
    assertThat(hygiene.get("value").asString()).isEqualTo("59");
    assertThat(hygiene.get("baseline").asString()).isEqualTo("61%");
    assertThat(hygiene.get("why").asString())
        .contains("försämrat")
        .contains("inga planerade eller genomförda aktiviteter");
    JsonNode kf1 =
        run.out().stream()
            .map(JSON::readTree)
            .filter(n -> n.get("goal").asString().equals("kf1"))
            .findFirst()
            .orElseThrow();
    assertThat(kf1.get("assessment").asString()).isEqualTo("not_met");
  }

  @Test
  void exitsTwoForAMissingFileOrWrongArguments() {
    assertThat(assess("no-such-file.yaml").status()).isEqualTo(2);
    assertThat(assess().status()).isEqualTo(2);
    assertThat(assess("demo/sodertalje-omsorgsnamnden-2025.yaml", "--year", "nästa").status())
        .isEqualTo(2);
  }
}
