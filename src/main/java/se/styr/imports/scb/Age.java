package se.styr.imports.scb;

import java.util.Locale;
import java.util.Optional;

/**
 * An age in whole years as SCB's variable {@code Alder} codes it: a single year ({@code 80}), the
 * open oldest class ({@code 100+}: 100 and over), or all ages together ({@link #ALL}, years null).
 * Read by the code and its label, never by its place in the table.
 */
public record Age(Integer years, boolean open) {
  /** All ages together (SCB's own total, which need not equal the sum of the ages). */
  public static final Age ALL = new Age(null, false);

  public Age {
    if (years != null && (years < 0 || years > 150)) {
      throw new IllegalArgumentException("age " + years);
    }
  }

  /** A single year of age. */
  public static Age of(int years) {
    return new Age(years, false);
  }

  /** The open class of {@code years} and over. */
  public static Age andOver(int years) {
    return new Age(years, true);
  }

  /**
   * The age a code of {@code Alder} stands for: {@code 80} one year, {@code 100+} the open class,
   * {@code tot}, {@code TotSA} or a label "totalt ..." all ages; empty for a class of several years
   * ({@code 0-9}, {@code -4} for 0-4, {@code 100+10}) or anything else ("uppgift saknas").
   */
  static Optional<Age> of(String code, String label) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    if (c.matches("\\d{1,3}") && Integer.parseInt(c) <= 150) {
      return Optional.of(of(Integer.parseInt(c)));
    }
    if (c.matches("\\d{1,3}\\+") && Integer.parseInt(c.substring(0, c.length() - 1)) <= 150) {
      return Optional.of(andOver(Integer.parseInt(c.substring(0, c.length() - 1))));
    }
    String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    if (c.equals("tot") || c.equals("totsa") || l.startsWith("totalt")) {
      return Optional.of(ALL);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return years == null ? "tot" : open ? years + "+" : String.valueOf(years);
  }
}
