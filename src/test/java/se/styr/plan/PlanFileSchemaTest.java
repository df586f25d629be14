package se.styr.plan;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema in docs/ describes the plan files Styr reads and writes. */
class PlanFileSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Iterable<String> plans() {
    return SeedFigures.PLANS;
  }

  private static List<Error> validate(String yaml) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("docs/plan-file.schema.json")), InputFormat.JSON);
    Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return schema.validate(JSON.writeValueAsString(data), InputFormat.JSON);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void describesEveryDemoPlan(String name) throws IOException {
    assertThat(validate(Files.readString(Path.of("demo", name + ".yaml")))).isEmpty();
  }

  static Iterable<String> ownPlans() {
    return List.of(
        "blanks-and-dashes", "frame-chain", "follow-up-relations", "control-and-fulfilment");
  }

  @ParameterizedTest
  @MethodSource("ownPlans")
  void describesEveryPlanOfStyrsOwnMaking(String name) throws IOException {
    assertThat(validate(Files.readString(Path.of("src/test/resources/plans", name + ".yaml"))))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void rejectsWhatTheReaderRejects() throws IOException {
    assertThat(validate(PlanFileReaderTest.VALID.replace("role: total", "rol: total")))
        .isNotEmpty();
    assertThat(validate(PlanFileReaderTest.VALID.replace("\"1488\"", "1488"))).isNotEmpty();
    assertThat(
            validate(PlanFileReaderTest.VALID.replace("kind: operating_summary", "kind: budget")))
        .isNotEmpty();
  }
}
