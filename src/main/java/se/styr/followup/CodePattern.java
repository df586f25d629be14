package se.styr.followup;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * Which account numbers or object codes a ledger mapping means: one code ({@code 1250}, {@code
 * A1010}), a range of numeric codes ({@code 3000-3999}, both ends included) or every code that
 * starts the same ({@code 11*}). Written in the plan file as it reads here.
 */
public sealed interface CodePattern {
  boolean matches(String code);

  /** The pattern as the plan file writes it. */
  String written();

  /** The pattern {@code text} stands for; a clear error for one that is none. */
  static CodePattern parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.length() > 40 || t.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidValueException(Text.of("followup.ledger.pattern", text));
    }
    if (t.endsWith("*")) {
      String prefix = t.substring(0, t.length() - 1);
      if (prefix.isEmpty() || prefix.contains("*")) {
        throw new InvalidValueException(Text.of("followup.ledger.pattern", text));
      }
      return new Prefix(prefix);
    }
    int dash = t.indexOf('-');
    if (dash > 0) {
      String from = t.substring(0, dash);
      String to = t.substring(dash + 1);
      if (!from.matches("\\d{1,18}") || !to.matches("\\d{1,18}")) {
        throw new InvalidValueException(Text.of("followup.ledger.pattern", text));
      }
      long low = Long.parseLong(from);
      long high = Long.parseLong(to);
      if (high < low) {
        throw new InvalidValueException(Text.of("followup.ledger.range", text));
      }
      return new Range(from, to, low, high);
    }
    if (t.contains("*")) {
      throw new InvalidValueException(Text.of("followup.ledger.pattern", text));
    }
    return new Exact(t);
  }

  /** Whether any pattern of {@code patterns} matches {@code code}. */
  static boolean any(java.util.List<CodePattern> patterns, String code) {
    for (CodePattern pattern : patterns) {
      if (pattern.matches(code)) {
        return true;
      }
    }
    return false;
  }

  record Exact(String code) implements CodePattern {
    @Override
    public boolean matches(String other) {
      return code.equals(other);
    }

    @Override
    public String written() {
      return code;
    }
  }

  record Prefix(String prefix) implements CodePattern {
    @Override
    public boolean matches(String code) {
      return code.startsWith(prefix);
    }

    @Override
    public String written() {
      return prefix + "*";
    }
  }

  /** Numeric codes from {@code low} to {@code high}; a code that is not a number is outside. */
  record Range(String from, String to, long low, long high) implements CodePattern {
    @Override
    public boolean matches(String code) {
      int n = code.length();
      if (n == 0 || n > 18) {
        return false;
      }
      long value = 0;
      for (int i = 0; i < n; i++) {
        char c = code.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
        value = value * 10 + (c - '0');
      }
      return value >= low && value <= high;
    }

    @Override
    public String written() {
      return from + "-" + to;
    }
  }
}
