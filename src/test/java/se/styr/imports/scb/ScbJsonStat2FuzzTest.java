package se.styr.imports.scb;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import se.styr.shared.InvalidValueException;

/**
 * Whatever text arrives as SCB's answer, the json-stat2 reader (and the metadata reader built on
 * it, and the population read from the cube) gives a result or refuses it with an
 * InvalidValueException saying why, never anything else. Runs its seed corpus with every test run;
 * fuzz with {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ScbJsonStat2FuzzTest}.
 */
class ScbJsonStat2FuzzTest {
  @FuzzTest(maxDuration = "30s")
  void readsAnyDatasetOrSaysWhyNot(byte[] input) {
    String answer = new String(input, StandardCharsets.UTF_8);
    for (Runnable read :
        new Runnable[] {
          () -> {
            ScbCube cube = JsonStat2.dataset(answer);
            cube.cells();
            Population.of(cube);
          },
          () -> ScbAnswers.metadata(answer),
          () -> ScbAnswers.tables(answer),
          () -> ScbAnswers.config(answer)
        }) {
      try {
        read.run();
      } catch (InvalidValueException expected) {
        if (InvalidValueException.textOf(expected) == null
            || InvalidValueException.textOf(expected).key() == null) {
          throw new AssertionError("a refused answer must say why");
        }
      }
    }
  }
}
