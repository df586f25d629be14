package se.styr.imports.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styr.shared.file.BadFileException;

/**
 * The SIE reader on real files exported by real accounting programs ({@code ../shared/data/sie},
 * see its README): each reads with the totals the file states (the reader itself compares every
 * closing balance, result and period balance with the transactions), or, the one broken on purpose,
 * is refused at the voucher that does not balance. Skipped where the folder is absent, as in a
 * fresh clone.
 */
class SieConformanceTest {
  private static final Path FOLDER = Path.of("../shared/data/sie");

  @BeforeAll
  static void realFiles() {
    Assumptions.assumeTrue(
        Files.isDirectory(FOLDER),
        "the real SIE files are not here (../shared/data/sie): conformance not checked");
  }

  /** The year's transactions per account, and the closing balances the file states. */
  static final class Totals implements SieHandler {
    final Map<String, Long> moved = new HashMap<>();
    final Map<String, Long> opening = new HashMap<>();
    final Map<String, Long> closing = new HashMap<>();
    long all;

    @Override
    public void record(SieRecord record) {
      if (record instanceof SieRecord.Balance b && b.year() == 0 && b.objects().isEmpty()) {
        if (b.kind() == SieRecord.Balance.Kind.IB) {
          opening.put(b.account(), b.ore());
        } else if (b.kind() == SieRecord.Balance.Kind.UB) {
          closing.put(b.account(), b.ore());
        }
      }
    }

    @Override
    public void transaction(SieVoucher voucher, SieTransaction row) {
      if (row.kind() == SieTransaction.Kind.TRANS) {
        moved.merge(row.account(), row.ore(), Long::sum);
        all += row.ore();
      }
    }
  }

  private static Totals read(String name, SieEncoding encoding, int vouchers, int rows) {
    Totals totals = new Totals();
    SieSummary summary = SieReader.read(FOLDER.resolve(name), totals);
    assertThat(summary.encoding()).isEqualTo(encoding);
    assertThat(summary.vouchers()).isEqualTo(vouchers);
    assertThat(summary.transactions()).isEqualTo(rows);
    assertThat(totals.all).as("every voucher balances, so all rows sum to 0").isZero();
    return totals;
  }

  @Test
  void readsBlAdministrationsFileWithObjectsBudgetsAndAddedAndStruckRows() {
    Totals totals = read("BL0001_typ4.SE", SieEncoding.CP437, 84, 405);
    assertThat(totals.opening.get("1930") + totals.moved.get("1930"))
        .isEqualTo(totals.closing.get("1930"));
  }

  @Test
  void readsBlAdministrationsPeriodsAndBudgets() {
    read("BLBLOV_SIE4.SE", SieEncoding.CP437, 20, 74);
  }

  @Test
  void readsAvendosTransactionsAndPeriodBalances() {
    Totals totals = read("transaktioner_ovnbolag.se", SieEncoding.CP437, 163, 671);
    // #IB 0 1930 1071347.58 and #UB 0 1930 1511049.94, as the file states
    assertThat(totals.opening.get("1930")).isEqualTo(107134758L);
    assertThat(totals.closing.get("1930")).isEqualTo(151104994L);
    assertThat(totals.opening.get("1930") + totals.moved.get("1930")).isEqualTo(151104994L);
  }

  @Test
  void readsVismasUtf8FileThatSaysPc8WithSubDimensions() {
    SieReaderTest.Collected got = new SieReaderTest.Collected();
    SieSummary summary = SieReader.read(FOLDER.resolve("SIE4_Exempelfil_med_underdim.SE"), got);

    assertThat(summary.encoding()).isEqualTo(SieEncoding.UTF_8);
    assertThat(summary.notes())
        .extracting(se.styr.shared.Text::english)
        .anyMatch(n -> n.contains("PC8") && n.contains("UTF-8"));
    assertThat(got.of(SieRecord.Dimension.class)).anyMatch(d -> d.parent() != 0);
    assertThat(got.rows).anyMatch(r -> !r.objects().isEmpty());
    assertThat(summary.transactions()).isEqualTo(1330);
  }

  @Test
  void refusesTheFileWhoseVoucherDoesNotBalanceAtThatVouchersLine() {
    BadFileException refused =
        catchThrowableOfType(
            BadFileException.class,
            () ->
                SieReader.read(
                    FOLDER.resolve("BLBLOV_SIE4_UTF_8_with_imbalanced_voucher.SE"),
                    new SieHandler() {}));

    assertThat(refused.problems())
        .extracting(p -> p.line() + ": " + p.message())
        .contains("821: voucher A 1 does not balance: its #TRANS rows sum to 0.10, not 0")
        // and so the closing balance of the account the voucher missed does not agree either
        .contains(
            "508: account 2640: opening balance 58566.78 and the year's transactions 364.10"
                + " give 58930.88, but the closing balance is 58930.78");
    assertThat(refused.problems())
        .allSatisfy(
            p -> assertThat(p.file()).isEqualTo("BLBLOV_SIE4_UTF_8_with_imbalanced_voucher.SE"));
  }
}
