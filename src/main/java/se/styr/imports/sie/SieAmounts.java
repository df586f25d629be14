package se.styr.imports.sie;

/** Amounts as SIE files write them: kronor with a point before two decimals of öre. */
public final class SieAmounts {
  private SieAmounts() {}

  /** {@code -13350} öre as {@code -133.50}. */
  public static String written(long ore) {
    StringBuilder text = new StringBuilder(24);
    if (ore < 0) {
      text.append('-');
    }
    long abs = Math.abs(ore);
    text.append(abs / 100).append('.');
    long cents = abs % 100;
    if (cents < 10) {
      text.append('0');
    }
    return text.append(cents).toString();
  }
}
