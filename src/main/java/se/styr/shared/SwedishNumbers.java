package se.styr.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Swedish number format: a space between thousands, a comma as decimal sign (1 325 246; 7,0). The
 * scale of a value is its printed precision and is kept exactly.
 */
public final class SwedishNumbers {
  /**
   * Narrow no-break space is what typographers use; plain and no-break spaces are what people type.
   */
  private static final Pattern GROUPING = Pattern.compile("[ \u00a0\u202f\u2009\u2007]");

  /**
   * The minus signs Swedish documents print: the hyphen-minus people type, the minus sign (U+2212)
   * and the en dash (U+2013) typesetters use, and the other hyphens and minus forms of Unicode.
   */
  private static final Pattern MINUS = Pattern.compile("^[-\u2212\u2013\u2010\u2011\ufe63\uff0d]");

  /** A sign, then the spaces some documents print after it ("– 1,8"). */
  private static final Pattern SIGN_AND_SPACE = Pattern.compile("^([-+])[ \u00a0\u202f\u2009]+");

  private static final Pattern SWEDISH = Pattern.compile("[-+]?\\d{1,3}(\\d*|( \\d{3})*)(,\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  private SwedishNumbers() {}

  /** Formats with an ordinary space between thousands: {@code 1 325 246}, {@code -16,9}. */
  public static String format(BigDecimal value) {
    return format(value, ' ');
  }

  /** Formats with the given thousands separator, e.g. a no-break space for HTML. */
  public static String format(BigDecimal value, char thousands) {
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(thousands);
      }
      grouped.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + grouped + fraction;
  }

  /**
   * Reads a number written either plainly ({@code 1325246}, {@code 7.0}) or in Swedish format
   * ({@code 1 325 246}, {@code 7,0}, {@code −16,9}, {@code – 1,8}): any minus form, with or without
   * a space after it, and ordinary, no-break, narrow and thin spaces between thousands. The
   * precision as written is kept.
   */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    trimmed = MINUS.matcher(trimmed).replaceFirst("-");
    trimmed = SIGN_AND_SPACE.matcher(trimmed).replaceFirst("$1");
    if (PLAIN.matcher(trimmed).matches()) {
      return Optional.of(new BigDecimal(trimmed));
    }
    String spaced = GROUPING.matcher(trimmed).replaceAll(" ");
    if (SWEDISH.matcher(spaced).matches()) {
      String normal = spaced.replace(" ", "").replace(',', '.');
      return Optional.of(new BigDecimal(normal));
    }
    return Optional.empty();
  }
}
