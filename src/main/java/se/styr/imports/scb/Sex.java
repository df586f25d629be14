package se.styr.imports.scb;

import java.util.Locale;
import java.util.Optional;

/** Sex as SCB's variable {@code Kon} codes it: 1 men, 2 women, or both together. */
public enum Sex {
  MEN,
  WOMEN,
  TOTAL;

  /**
   * The sex a code of {@code Kon} stands for, read by its code ({@code 1}, {@code 2}, {@code 1+2},
   * {@code TotSa}) or else its label ({@code män}, {@code kvinnor}, {@code totalt ...}); empty if
   * neither says.
   */
  static Optional<Sex> of(String code, String label) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    if (c.equals("1") || l.equals("män")) {
      return Optional.of(MEN);
    }
    if (c.equals("2") || l.equals("kvinnor")) {
      return Optional.of(WOMEN);
    }
    if (c.equals("1+2") || c.startsWith("tot") || l.startsWith("totalt")) {
      return Optional.of(TOTAL);
    }
    return Optional.empty();
  }
}
