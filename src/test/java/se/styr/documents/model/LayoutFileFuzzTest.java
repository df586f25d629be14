package se.styr.documents.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import se.styr.documents.DocumentPlans;
import se.styr.shared.file.BadFileException;

/**
 * Whatever bytes arrive as a layout file, the reader returns a layout that prints a plan, or a
 * BadFileException naming the problems, never anything else. Runs its seed corpus with every test
 * run; fuzz with {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=LayoutFileFuzzTest}.
 */
class LayoutFileFuzzTest {
  private static final se.styr.plan.PlanDocument PLAN =
      DocumentPlans.seed("smedjebacken-omsorgsnamnden-2025");

  @FuzzTest(maxDuration = "30s")
  void readsAnyLayoutOrExplainsWhyNot(byte[] input) {
    try {
      DocumentLayout layout =
          LayoutFile.read("fuzz.yaml", new String(input, StandardCharsets.UTF_8));
      PlanPrinter.print(PLAN, layout);
    } catch (BadFileException expected) {
      if (expected.problems().isEmpty()) {
        throw new AssertionError("a rejected layout must name its problems");
      }
    }
  }
}
