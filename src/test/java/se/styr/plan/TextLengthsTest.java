package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/** A plan file's text too long for what is stored is a problem at its line, naming the field. */
class TextLengthsTest {
  private static List<FileProblem> problems(String file) {
    return catchThrowableOfType(
            BadFileException.class, () -> PlanFileReader.read("lang.yaml", file))
        .problems();
  }

  @Test
  void aCellNoteLongerThanFiveHundredCharactersIsAProblemAtItsRow() {
    String file =
        PlanFiles.VALID.replace(
            "{key: sabo, label: Särskilt boende, area: sabo, values: [100, 110]}",
            "{key: sabo, label: Särskilt boende, area: sabo, values: [100, {value: 110, note: "
                + "n".repeat(501)
                + "}]}");
    assertThat(problems(file))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(22);
              assertThat(p.message())
                  .contains("row 'sabo'")
                  .contains("the field 'note' has 501 characters; it may have at most 500");
            });
  }

  @Test
  void aCommitteeNameOrATitleTooLongIsAProblemNamingTheField() {
    String file =
        PlanFiles.VALID
            .replace("name: Omsorgsnämnden", "name: " + "N".repeat(201))
            .replace("title: Verksamhetsplan 2024", "title: " + "T".repeat(501));
    assertThat(problems(file))
        .extracting(FileProblem::message)
        .anySatisfy(m -> assertThat(m).contains("'committee/name' has 201 characters"))
        .anySatisfy(m -> assertThat(m).contains("'plan/title' has 501 characters"));
  }

  @Test
  void everySeedPlansTextsFitWhatIsStored() throws Exception {
    for (var seed :
        java.nio.file.Files.list(java.nio.file.Path.of("demo"))
            .filter(p -> p.toString().endsWith(".yaml"))
            .toList()) {
      assertThat(PlanLengths.check(PlanFileReader.read(seed))).as(seed.toString()).isEmpty();
    }
  }
}
