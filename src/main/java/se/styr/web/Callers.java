package se.styr.web;

import java.util.regex.Pattern;

/**
 * Who makes a request, for the record of who changed what. Until sign-in exists the caller names
 * itself in the {@code X-Styr-User} header; without it the change is recorded as "anonym".
 */
public final class Callers {
  public static final String HEADER = "X-Styr-User";
  private static final Pattern PRINTABLE = Pattern.compile("[\\p{L}\\p{N} .@_\\-]{1,100}");

  private Callers() {}

  public static String name(String header) {
    if (header == null || header.isBlank()) {
      return "anonym";
    }
    String name = header.strip();
    return PRINTABLE.matcher(name).matches() ? name : "anonym";
  }
}
