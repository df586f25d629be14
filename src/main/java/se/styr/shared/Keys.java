package se.styr.shared;

import java.util.regex.Pattern;

/** The keys that name goals, indicators, rules and other items of a plan: letters, digits, - and _. */
public final class Keys {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");

  private Keys() {}

  public static boolean isValid(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  public static String require(String key, String what) {
    if (!isValid(key)) {
      throw new IllegalArgumentException(what + " key '" + key + "' may hold only letters, digits, - and _ (at most 80)");
    }
    return key;
  }
}
