package se.styr.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a username may be, and when two are the same. A name is taken in its compatibility form
 * (NFKC: a full-width "ａｄｍｉｎ" is "admin"); it may hold 1–100 Latin letters (å, ä, ö and other
 * accented ones included), digits and . _ @ -, and nothing of another script, so that no name can
 * look like another in the audit log ("аdmin" with a Cyrillic а). Two names that differ only in
 * case are one name: it is taken by whichever came first, and either signs in to it.
 */
public final class Usernames {
  private static final Pattern ALLOWED = Pattern.compile("[\\p{IsLatin}\\p{Nd}._@\\-]{1,100}");

  private Usernames() {}

  /** The name as stored: its compatibility form, without surrounding space. */
  public static String normalised(String name) {
    return name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
  }

  /** Whether the (normalised) name is acceptable for a new user. */
  public static boolean acceptable(String name) {
    if (name == null || !ALLOWED.matcher(name).matches()) {
      return false;
    }
    // Digits of one system only (ASCII), so that no other script's digits pass as look-alikes.
    return name.codePoints().filter(Character::isDigit).allMatch(c -> c >= '0' && c <= '9');
  }

  /** The key two names share when they are the same name: normalised, in lower case. */
  public static String key(String name) {
    String normalised = normalised(name);
    return normalised == null ? "" : normalised.toLowerCase(Locale.ROOT);
  }
}
