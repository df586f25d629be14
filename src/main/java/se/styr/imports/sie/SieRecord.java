package se.styr.imports.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A record of a SIE file other than a voucher and its rows, each with the line it stands on.
 * Amounts are exact, in öre ({@code -13350} is -133,50 kr); {@link #kronor(long)} gives them as
 * decimals.
 */
public sealed interface SieRecord {
  int line();

  /** An amount in öre as kronor with two decimals. */
  static BigDecimal kronor(long ore) {
    return BigDecimal.valueOf(ore, 2);
  }

  /**
   * A record that says who and what the file is about ({@code #FLAGGA}, {@code #PROGRAM}, {@code
   * #FNAMN}, {@code #ORGNR}, {@code #GEN} ...), with its fields as written.
   */
  record Identification(String label, List<String> fields, int line) implements SieRecord {
    public Identification {
      fields = List.copyOf(fields);
    }
  }

  /** A financial year ({@code #RAR}): 0 is the current, -1 the one before. */
  record FinancialYear(int year, LocalDate start, LocalDate end, int line) implements SieRecord {}

  /** An account of the chart ({@code #KONTO}). */
  record Account(String number, String name, int line) implements SieRecord {}

  /**
   * A fact about an account: its type ({@code #KTYP}: T, S, K or I), its unit of quantity ({@code
   * #ENHET}) or its tax code ({@code #SRU}).
   */
  record AccountFact(String label, String account, String value, int line) implements SieRecord {}

  /**
   * A dimension ({@code #DIM}) or a sub-dimension of {@code parent} ({@code #UNDERDIM}; 0 for a
   * dimension of its own).
   */
  record Dimension(int number, String name, int parent, int line) implements SieRecord {}

  /** An object of a dimension ({@code #OBJEKT}), e.g. a cost centre or a project. */
  record ObjectName(int dimension, String code, String name, int line) implements SieRecord {}

  /**
   * A balance: opening or closing of a year ({@code #IB}, {@code #UB}), of an object ({@code #OIB},
   * {@code #OUB}), a year's result ({@code #RES}), or a period's ({@code #PSALDO}, the change in
   * the month {@code period} as YYYYMM; {@code #PBUDGET}, its budget). {@code quantity} is null
   * where the file gives none.
   */
  record Balance(
      Kind kind,
      int year,
      int period,
      String account,
      List<SieObject> objects,
      long ore,
      BigDecimal quantity,
      int line)
      implements SieRecord {
    public Balance {
      objects = List.copyOf(objects);
    }

    public BigDecimal amount() {
      return kronor(ore);
    }

    public enum Kind {
      IB,
      UB,
      OIB,
      OUB,
      RES,
      PSALDO,
      PBUDGET
    }
  }

  /** A record the reader does not know; the standard says a reader ignores it. */
  record Unknown(String label, List<String> fields, int line) implements SieRecord {
    public Unknown {
      fields = List.copyOf(fields);
    }
  }
}
