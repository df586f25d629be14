package se.styr.imports.sie;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import se.styr.shared.file.BadFileException;

/**
 * Whatever bytes arrive as a SIE file, the reader reads them or refuses them with a
 * BadFileException naming each problem by line and column, never anything else. Runs its seed
 * corpus with every test run; fuzz with {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=SieReaderFuzzTest}.
 */
class SieReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void readsAnyLedgerOrNamesItsProblems(byte[] input) {
    int[] rows = new int[1];
    try {
      SieSummary summary =
          SieReader.read(
              new ByteArrayInputStream(input),
              "fuzz.se",
              new SieHandler() {
                @Override
                public void transaction(SieVoucher voucher, SieTransaction row) {
                  rows[0]++;
                }
              });
      if (summary.transactions() > rows[0]) {
        throw new AssertionError("the summary counts rows the handler never got");
      }
    } catch (BadFileException expected) {
      if (expected.problems().isEmpty()) {
        throw new AssertionError("a refused file must name its problems");
      }
      expected
          .problems()
          .forEach(
              p -> {
                if (p.line() < 1 || p.column() < 1) {
                  throw new AssertionError("a problem without its place: " + p);
                }
              });
    }
  }
}
