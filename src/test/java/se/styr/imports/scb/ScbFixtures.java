package se.styr.imports.scb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The tests' answers: constructed ones kept with the tests, recorded ones of SCB's beside them. */
final class ScbFixtures {
  /** SCB's recorded answers, kept outside the project (see its README). */
  static final Path RECORDED = Path.of("../shared/data/scb");

  private ScbFixtures() {}

  /** A constructed answer under src/test/resources/scb. */
  static String constructed(String name) {
    try (InputStream in = ScbFixtures.class.getResourceAsStream("/scb/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A recorded answer of SCB's; the test is skipped when the folder is absent. */
  static String recorded(String name) {
    Path file = RECORDED.resolve(name);
    Assumptions.assumeTrue(
        Files.isRegularFile(file),
        "SCB's recorded answers are not at " + RECORDED.toAbsolutePath() + "; skipped");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
