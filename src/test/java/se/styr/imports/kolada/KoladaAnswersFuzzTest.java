package se.styr.imports.kolada;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import se.styr.shared.InvalidValueException;

/**
 * Whatever text arrives as Kolada's answer, the reader gives values or refuses it with an
 * InvalidValueException saying why, never anything else (no exception of Jackson's own). Runs its
 * seed corpus (the test answers and broken ones) with every test run; fuzz with {@code
 * JAZZER_FUZZ=1 ./mvnw test -Dtest=KoladaAnswersFuzzTest}.
 */
class KoladaAnswersFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void readsAnyAnswerOrSaysWhyNot(byte[] input) {
    String answer = new String(input, StandardCharsets.UTF_8);
    for (Runnable read :
        new Runnable[] {
          () -> KoladaAnswers.data(answer),
          () -> KoladaAnswers.kpis(answer),
          () -> KoladaAnswers.municipalities(answer)
        }) {
      try {
        read.run();
      } catch (InvalidValueException expected) {
        if (InvalidValueException.textOf(expected) == null) {
          throw new AssertionError("a refused answer must say why");
        }
      }
    }
  }
}
