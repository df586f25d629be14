package se.styr.shared;

import java.util.regex.Pattern;

/**
 * The keys that name goals, indicators, rules and other items of a plan: letters, digits, - and _.
 */
public final class Keys {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");

  private Keys() {}

  public static boolean isValid(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  /** {@code key} if it is valid, else a refusal naming {@code what} the key is of ("indicator"). */
  public static String require(String key, Text what) {
    if (!isValid(key)) {
      throw new InvalidValueException(Text.of("file.badKey", what, key));
    }
    return key;
  }
}
