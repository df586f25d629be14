package se.styr.imports.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a voucher: a transaction ({@code #TRANS}), a row added afterwards ({@code #RTRANS},
 * which the file repeats as a {@code #TRANS} for readers that do not know it) or a row struck out
 * ({@code #BTRANS}). The amount is exact, in öre; the date is the voucher's where the row gives
 * none.
 */
public record SieTransaction(
    Kind kind,
    String account,
    List<SieObject> objects,
    long ore,
    LocalDate date,
    String text,
    BigDecimal quantity,
    String signature,
    int line) {

  public BigDecimal amount() {
    return SieRecord.kronor(ore);
  }

  public enum Kind {
    TRANS,
    RTRANS,
    BTRANS
  }
}
