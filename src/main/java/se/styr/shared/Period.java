package se.styr.shared;

import java.util.regex.Pattern;

/**
 * When an indicator value was measured: a year ("2024"), a month ("2024-08"), a tertial ("2024-T1")
 * or a half year ("2024-H1").
 */
public final class Period {
  private static final Pattern PERIOD =
      Pattern.compile("(\\d{4})(-(0[1-9]|1[0-2])|-T[1-3]|-H[12])?");

  private Period() {}

  public static boolean isValid(String period) {
    return period != null && PERIOD.matcher(period).matches();
  }

  public static int year(String period) {
    // read from the characters: assessing an occasion asks this of every value of every indicator
    if (period.length() >= 4) {
      int year = 0;
      for (int i = 0; i < 4; i++) {
        int digit = period.charAt(i) - '0';
        if (digit < 0 || digit > 9) {
          return Integer.parseInt(period.substring(0, 4)); // says what is wrong
        }
        year = year * 10 + digit;
      }
      return year;
    }
    return Integer.parseInt(period.substring(0, 4));
  }

  /** Later periods of a year sort after earlier ones: 2024 (the whole year) after 2024-08. */
  public static int order(String period) {
    int year = year(period);
    if (period.length() == 4) {
      return year * 100 + 99;
    }
    String part = period.substring(5);
    int within =
        switch (part.charAt(0)) {
          case 'T' -> (part.charAt(1) - '0') * 4;
          case 'H' -> (part.charAt(1) - '0') * 6;
          default -> Integer.parseInt(part);
        };
    return year * 100 + within;
  }

  /**
   * Whether {@code period} lies within what a follow-up occasion ending after {@code months} of
   * {@code year} covers: a month, tertial or half year ended by then, the whole year only at its
   * end.
   */
  public static boolean within(String period, int year, int months) {
    if (year(period) != year) {
      return false;
    }
    return period.length() == 4 ? months == 12 : order(period) % 100 <= months;
  }
}
