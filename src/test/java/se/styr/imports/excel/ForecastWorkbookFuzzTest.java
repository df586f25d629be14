package se.styr.imports.excel;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Set;
import se.styr.shared.file.BadFileException;

/**
 * Whatever bytes arrive as a workbook (any form: forecast, economy, investments, gross), the reader
 * gives entries or refuses them with a BadFileException naming each problem, never anything else
 * (no exception of POI's own, no endless read). Runs its seed corpus (a workbook Styr wrote, and
 * broken ones) with every test run; fuzz with {@code JAZZER_FUZZ=1 ./mvnw test
 * -Dtest=ForecastWorkbookFuzzTest}.
 */
class ForecastWorkbookFuzzTest {
  private static final Set<String> AREAS = Set.of("hemtjanst", "myndighet");
  private static final Set<String> PROJECTS = Set.of("P100", "P200");

  @FuzzTest(maxDuration = "30s")
  void readsAnyWorkbookOrNamesItsProblems(byte[] input) {
    try {
      ForecastWorkbook.read(
              new ByteArrayInputStream(input),
              "fuzz.xlsx",
              form -> form.projects() ? PROJECTS : AREAS)
          .forEach(
              entry -> {
                if (!(entry.form().projects() ? PROJECTS : AREAS).contains(entry.key())) {
                  throw new AssertionError("an entry for a row it does not report: " + entry);
                }
              });
    } catch (BadFileException expected) {
      if (expected.problems().isEmpty()) {
        throw new AssertionError("a refused workbook must name its problems");
      }
    }
  }
}
