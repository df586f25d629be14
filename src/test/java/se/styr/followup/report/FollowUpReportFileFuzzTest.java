package se.styr.followup.report;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.file.BadFileException;

/**
 * Whatever bytes arrive as a follow-up report, the reader returns a report whose economy computes
 * and which writes back to what it read, or a BadFileException naming the problems, never anything
 * else. Runs its seed corpus with every test run; fuzz with {@code JAZZER_FUZZ=1 ./mvnw test
 * -Dtest=FollowUpReportFileFuzzTest}.
 */
class FollowUpReportFileFuzzTest {
  private static final PlanDocument LERUM =
      PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));

  @FuzzTest(maxDuration = "30s")
  void readsAnyReportOrExplainsWhyNot(byte[] input) {
    try {
      FollowUpReport report =
          FollowUpReportFile.read("fuzz.yaml", new String(input, StandardCharsets.UTF_8), LERUM);
      ReportEconomy.of(report, LERUM);
      String written = FollowUpReportFile.write(report);
      if (!FollowUpReportFile.read("again.yaml", written, LERUM).equals(report)) {
        throw new AssertionError("a report must read back as it was written");
      }
    } catch (BadFileException expected) {
      if (expected.problems().isEmpty()) {
        throw new AssertionError("a rejected report must name its problems");
      }
    }
  }
}
