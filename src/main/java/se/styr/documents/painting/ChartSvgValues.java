package se.styr.documents.painting;

import java.awt.Color;
import java.util.Arrays;

/**
 * Reads the attribute values of the SVG subset {@link ChartSvgReader} paints: numbers as SVG writes
 * them (no NaN, no hex floats, no Java suffixes, which {@link Double#parseDouble} would take),
 * lists of them, colours as #rgb or #rrggbb, and rotate(deg). Anything else is {@link Unsupported},
 * so the SVG goes to Batik instead.
 */
final class ChartSvgValues {
  private ChartSvgValues() {}

  /** An SVG value or element this painter does not draw; thrown to hand the SVG to Batik. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      // No stack trace: this is a decision, not an error, and may happen once per chart.
      super(what, null, false, false);
    }
  }

  /** A number in user units, optionally with "px" (which is the same unit here). */
  static double number(String value) {
    String text = value.strip();
    if (text.endsWith("px")) {
      text = text.substring(0, text.length() - 2);
    }
    double[] one = numbers(text, "number");
    if (one.length != 1) {
      throw new Unsupported("not one number: '" + value + "'");
    }
    return one[0];
  }

  /** A number that must not be negative (a width, a radius). */
  static double size(String value) {
    double size = number(value);
    if (size < 0) {
      throw new Unsupported("negative size: '" + value + "'");
    }
    return size;
  }

  /** Numbers separated by whitespace and at most one comma each, as in points and dash arrays. */
  static double[] numbers(String value, String what) {
    double[] found = new double[8];
    int count = 0;
    int i = skipSeparator(value, 0, true);
    while (i < value.length()) {
      int end = scanNumber(value, i);
      if (end == i) {
        throw new Unsupported("not a " + what + ": '" + value + "'");
      }
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      double number = Double.parseDouble(value.substring(i, end));
      if (!Double.isFinite(number)) {
        throw new Unsupported("number out of range: '" + value + "'");
      }
      found[count++] = number;
      i = skipSeparator(value, end, false);
    }
    return Arrays.copyOf(found, count);
  }

  /** Skips whitespace and one comma; a comma first or last in the list is not SVG. */
  private static int skipSeparator(String value, int i, boolean first) {
    boolean comma = false;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == ',' && !comma && !first) {
        comma = true;
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      i++;
    }
    if (comma && i == value.length()) {
      throw new Unsupported("list ends in a comma: '" + value + "'");
    }
    return i;
  }

  /** The end of the number starting at {@code i}: [+-] digits [. digits] [e [+-] digits]. */
  private static int scanNumber(String value, int i) {
    int start = i;
    if (i < value.length() && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
      i++;
    }
    int digits = i;
    i = digits(value, i);
    int whole = i - digits;
    int fraction = 0;
    if (i < value.length() && value.charAt(i) == '.') {
      int from = i + 1;
      i = digits(value, from);
      fraction = i - from;
    }
    if (whole == 0 && fraction == 0) {
      return start;
    }
    if (i < value.length() && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
      int exponent = i + 1;
      if (exponent < value.length()
          && (value.charAt(exponent) == '+' || value.charAt(exponent) == '-')) {
        exponent++;
      }
      int end = digits(value, exponent);
      if (end == exponent) {
        return start;
      }
      i = end;
    }
    return i;
  }

  private static int digits(String value, int i) {
    while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** #rgb or #rrggbb; the caller handles none and url(...). */
  static Color colour(String value) {
    String hex = value.strip();
    if (hex.length() == 4 && hex.charAt(0) == '#') {
      int r = hexDigit(hex, 1);
      int g = hexDigit(hex, 2);
      int b = hexDigit(hex, 3);
      return new Color(r * 17, g * 17, b * 17);
    }
    if (hex.length() == 7 && hex.charAt(0) == '#') {
      return new Color(
          hexDigit(hex, 1) * 16 + hexDigit(hex, 2),
          hexDigit(hex, 3) * 16 + hexDigit(hex, 4),
          hexDigit(hex, 5) * 16 + hexDigit(hex, 6));
    }
    throw new Unsupported("colour '" + value + "'");
  }

  private static int hexDigit(String hex, int i) {
    int digit = Character.digit(hex.charAt(i), 16);
    if (digit < 0) {
      throw new Unsupported("colour '" + hex + "'");
    }
    return digit;
  }

  /** The angle in degrees of "rotate(a)", the only pattern transform the charts write. */
  static double rotation(String value) {
    String text = value.strip();
    if (!text.startsWith("rotate(") || !text.endsWith(")")) {
      throw new Unsupported("transform '" + value + "'");
    }
    return number(text.substring("rotate(".length(), text.length() - 1));
  }

  /** An SVG dash array: null for a solid line ("none", or all zeros); an odd list is repeated. */
  static float[] dashes(String value) {
    if (value.strip().equals("none")) {
      return null;
    }
    double[] lengths = numbers(value, "dash array");
    if (lengths.length == 0) {
      throw new Unsupported("empty dash array");
    }
    double sum = 0;
    for (double length : lengths) {
      if (length < 0) {
        throw new Unsupported("negative dash: '" + value + "'");
      }
      sum += length;
    }
    if (sum == 0) {
      return null;
    }
    int count = lengths.length % 2 == 0 ? lengths.length : lengths.length * 2;
    float[] dashes = new float[count];
    for (int i = 0; i < count; i++) {
      dashes[i] = (float) lengths[i % lengths.length];
    }
    return dashes;
  }
}
