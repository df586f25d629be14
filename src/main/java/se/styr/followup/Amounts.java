package se.styr.followup;

import java.math.BigDecimal;

/**
 * Follow-up amounts in one form, whether read from a file ("-95.0") or the database ("-95.000000"):
 * without trailing zeros, never in exponent form ("100", not "1E+2"), so that a report reads,
 * stores and writes back as the same values.
 */
public final class Amounts {
  private Amounts() {}

  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
