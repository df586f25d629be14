package se.styr.charts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes SVG markup. Element and attribute names come from this package only; every attribute value
 * and text is escaped, and characters XML does not allow are replaced, so hostile labels stay text.
 * Coordinates get one decimal, formatted the same on every machine.
 */
final class Svg {
  static final String NAMESPACE = "http://www.w3.org/2000/svg";
  static final String FONT = "Arial, Helvetica, sans-serif";
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  private final StringBuilder out = new StringBuilder(8192);

  /** Opens the root element: role img, labelled by its title and described by its desc. */
  static Svg root(String idPrefix, double width, double height, String title, String description) {
    Svg svg = new Svg();
    svg.start(
        "svg",
        "xmlns",
        NAMESPACE,
        "role",
        "img",
        "aria-labelledby",
        idPrefix + "-title",
        "aria-describedby",
        idPrefix + "-desc",
        "viewBox",
        "0 0 " + num(width) + " " + num(height),
        "width",
        num(width),
        "height",
        num(height),
        "font-family",
        FONT,
        "font-size",
        "12");
    svg.element("title", title, "id", idPrefix + "-title");
    svg.element("desc", description, "id", idPrefix + "-desc");
    return svg;
  }

  Svg start(String name, String... attributes) {
    tag(name, attributes);
    out.append(">\n");
    return this;
  }

  Svg end(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  Svg empty(String name, String... attributes) {
    tag(name, attributes);
    out.append("/>\n");
    return this;
  }

  Svg element(String name, String text, String... attributes) {
    tag(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  String finish() {
    end("svg");
    return out.toString();
  }

  private void tag(String name, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name and value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  /** Escapes for text and attribute values alike; drops what XML 1.0 cannot hold. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        case '\t', '\n', '\r' -> escaped.append(' ');
        default -> {
          if (allowedInXml(c)) {
            escaped.appendCodePoint(c);
          } else {
            escaped.append('\uFFFD');
          }
        }
      }
    }
    return escaped.toString();
  }

  private static boolean allowedInXml(int c) {
    return (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** A coordinate with one decimal, never "-0.0". */
  static String num(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.equals("-0.0") ? "0.0" : text;
  }

  /** Points of a polyline or polygon: "x1,y1 x2,y2 ...". */
  static String points(double... xy) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      if (i > 0) {
        points.append(' ');
      }
      points.append(num(xy[i])).append(',').append(num(xy[i + 1]));
    }
    return points.toString();
  }

  /** Checks an id prefix given by the caller: a letter, then letters, digits, - and _. */
  static String requireId(String prefix) {
    if (prefix == null || !ID.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "a chart id prefix is a letter followed by letters, digits, - or _ (at most 64), got '"
              + prefix
              + "'");
    }
    return prefix;
  }

  /** An id prefix made from keys that may hold anything: kept letters and digits, the rest as -. */
  static String deriveId(String kind, String... keys) {
    StringBuilder id = new StringBuilder(kind);
    for (String key : keys) {
      id.append('-').append(key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-"));
    }
    String derived = id.toString().replaceAll("-+", "-").replaceAll("-$", "");
    return derived.length() > 64 ? derived.substring(0, 64).replaceAll("-$", "") : derived;
  }
}
