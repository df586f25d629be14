package se.styr.plan;

import com.code_intelligence.jazzer.junit.FuzzTest;
import se.styr.goals.Assessor;
import se.styr.shared.file.BadFileException;

/**
 * Whatever bytes arrive, the plan file reader returns a plan or a BadFileException naming the
 * problems, never anything else; a plan it returns is checked, assessed, printed as a document and
 * written back to the same plan. Runs its seed corpus with every test run; fuzz with {@code
 * JAZZER_FUZZ=1 ./mvnw test -Dtest=PlanFileReaderFuzzTest}.
 */
class PlanFileReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void readsAnyInputOrExplainsWhyNot(byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    try {
      PlanDocument plan = PlanFileReader.read("fuzz.yaml", text);
      plan.findings();
      plan.goalFindings("fuzz.yaml");
      for (int year : plan.header().period().allYears()) {
        Assessor.assessGoals(plan.goals().chain(), plan.municipality().code(), year);
      }
      // Whatever a plan file holds prints as a document.
      se.styr.documents.html.HtmlRenderer.page(
          se.styr.documents.model.PlanPrinter.print(
              plan, se.styr.documents.model.DocumentLayout.DEFAULT));
      String written = PlanFileWriter.write(plan);
      if (!PlanFileReader.read("written.yaml", written).equals(plan)) {
        throw new AssertionError("a plan read back from its canonical form differs");
      }
    } catch (BadFileException expected) {
      if (expected.problems().isEmpty()) {
        throw new AssertionError("a rejected file must name its problems");
      }
    }
  }
}
