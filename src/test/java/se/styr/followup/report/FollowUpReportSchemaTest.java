package se.styr.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema in docs/ describes the follow-up reports Styr reads and writes. */
class FollowUpReportSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<Error> validate(String yaml) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(Path.of("docs/followup-file.schema.json")), InputFormat.JSON);
    Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return schema.validate(JSON.writeValueAsString(data), InputFormat.JSON);
  }

  @Test
  void describesAReportStyrWrites() throws IOException {
    assertThat(
            validate(Files.readString(Path.of("src/test/resources/followup/lerum-t1-2024.yaml"))))
        .isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"lerum-t1-2024", "lerum-delar-2024", "sodertalje-delar-2025"})
  void describesEveryDemoReportWithItsAssessmentsAndYesNoAndCountValues(String name)
      throws IOException {
    assertThat(validate(Files.readString(Path.of("demo/followup/" + name + ".yaml")))).isEmpty();
  }

  @Test
  void rejectsAnAssessmentWithoutItsJustificationAndACountThatIsNoCount() throws IOException {
    String file = Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"));
    assertThat(
            validate(
                file.replace(
                    "    justification: Väntetiden till äldreboende har hållits under tre månader"
                        + " hela perioden.\n",
                    "")))
        .isNotEmpty();
    String sodertalje = Files.readString(Path.of("demo/followup/sodertalje-delar-2025.yaml"));
    assertThat(validate(sodertalje.replace("value: 5/6", "value: fem av sex"))).isNotEmpty();
  }

  @Test
  void rejectsWhatTheReaderRejects() throws IOException {
    String file = Files.readString(Path.of("src/test/resources/followup/lerum-t1-2024.yaml"));
    assertThat(validate(file.replace("forecast: -304.3", "forecast: minus tre"))).isNotEmpty();
    assertThat(validate(file.replace("kind: tertial", "kind: quarterly"))).isNotEmpty();
    assertThat(validate(file.replace("areas:", "omraden:"))).isNotEmpty();
  }
}
