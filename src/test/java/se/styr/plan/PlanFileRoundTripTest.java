package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanFileRoundTripTest {

  static Iterable<String> plans() {
    return SeedFigures.PLANS;
  }

  @ParameterizedTest
  @MethodSource("plans")
  void writesACanonicalFileBackByteForByte(String name) throws IOException {
    String file = Files.readString(Path.of("demo", name + ".yaml"), StandardCharsets.UTF_8);
    PlanDocument plan = PlanFileReader.read(name, file);
    assertThat(PlanFileWriter.write(plan)).isEqualTo(file);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void readsBackWhatItWrote(String name) {
    PlanDocument plan = PlanFileReader.read(Path.of("demo", name + ".yaml"));
    assertThat(PlanFileReader.read(name, PlanFileWriter.write(plan))).isEqualTo(plan);
  }

  @org.junit.jupiter.api.Test
  void readsAnyLayoutOfTheSameDataToTheSamePlan() {
    String flow = PlanFileReaderTest.VALID;
    String block = PlanFileWriter.write(PlanFileReader.read("a", flow));
    assertThat(PlanFileReader.read("b", block)).isEqualTo(PlanFileReader.read("a", flow));
    assertThat(block).startsWith("# Styr plan file").contains("  code: '1488'");
  }
}
