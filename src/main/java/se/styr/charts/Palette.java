package se.styr.charts;

import java.util.List;

/**
 * Colours and marks. Every colour that carries meaning has at least 3:1 contrast against white
 * (WCAG 1.4.11); series differ also by line dashes, marker shapes or bar patterns, so colour is
 * never the only cue. Grid lines and the tint of a target band only decorate.
 */
final class Palette {
  static final String TEXT = "#333333";
  static final String MUTED_TEXT = "#555555";
  static final String AXIS = "#333333";
  static final String GRID = "#dcdcdc";
  static final String VALUE = "#1a5a96";
  static final String TARGET = "#b35900";
  static final String BASELINE = "#555555";
  static final String BAND_TINT = "#f7e6d7";
  static final String WHITE = "#ffffff";
  static final String TARGET_DASH = "6 4";

  /** Series of grouped bars; each also gets its own pattern (see {@link #PATTERNS}). */
  static final List<String> SERIES =
      List.of("#1a5a96", "#b35900", "#2e7d32", "#6b3fa0", "#00798c", "#c2185b");

  /** The colours that must stand out against white; the tests hold each to 3:1. */
  static final List<String> MEANINGFUL =
      List.of(
          TEXT,
          MUTED_TEXT,
          AXIS,
          VALUE,
          TARGET,
          BASELINE,
          SERIES.get(0),
          SERIES.get(1),
          SERIES.get(2),
          SERIES.get(3),
          SERIES.get(4),
          SERIES.get(5));

  enum Pattern {
    SOLID,
    DIAGONAL,
    DOTS,
    CROSS,
    HORIZONTAL,
    OUTLINE
  }

  static final List<Pattern> PATTERNS = List.of(Pattern.values());

  private Palette() {}

  /** A filled circle: the mark of a measured value. */
  static void circle(Svg svg, double x, double y, String colour) {
    svg.empty(
        "circle",
        "cx",
        Svg.num(x),
        "cy",
        Svg.num(y),
        "r",
        "4.5",
        "fill",
        colour,
        "stroke",
        WHITE,
        "stroke-width",
        "1.5");
  }

  /** A filled diamond: the mark of a target. */
  static void diamond(Svg svg, double x, double y, String colour) {
    double r = 5.5;
    svg.empty(
        "polygon",
        "points",
        Svg.points(x, y - r, x + r, y, x, y + r, x - r, y),
        "fill",
        colour,
        "stroke",
        WHITE,
        "stroke-width",
        "1");
  }

  /** A hollow square: the mark of the baseline. */
  static void square(Svg svg, double x, double y, String colour) {
    double r = 4.5;
    svg.empty(
        "rect",
        "x",
        Svg.num(x - r),
        "y",
        Svg.num(y - r),
        "width",
        Svg.num(2 * r),
        "height",
        Svg.num(2 * r),
        "fill",
        WHITE,
        "stroke",
        colour,
        "stroke-width",
        "2");
  }

  /** Pattern definitions for {@code count} bar series, ids {@code prefix-s0 ...}. */
  static void patterns(Svg svg, String prefix, int count) {
    svg.start("defs");
    for (int i = 0; i < count; i++) {
      String colour = SERIES.get(i);
      Pattern pattern = PATTERNS.get(i);
      if (pattern == Pattern.SOLID || pattern == Pattern.OUTLINE) {
        continue;
      }
      String transform =
          pattern == Pattern.DIAGONAL || pattern == Pattern.CROSS ? "rotate(45)" : "rotate(0)";
      svg.start(
          "pattern",
          "id",
          prefix + "-s" + i,
          "width",
          "6",
          "height",
          "6",
          "patternUnits",
          "userSpaceOnUse",
          "patternTransform",
          transform);
      svg.empty("rect", "width", "6", "height", "6", "fill", WHITE);
      switch (pattern) {
        case DIAGONAL -> svg.empty("rect", "width", "2.5", "height", "6", "fill", colour);
        case DOTS -> svg.empty("circle", "cx", "3", "cy", "3", "r", "1.6", "fill", colour);
        case CROSS -> {
          svg.empty("rect", "width", "2", "height", "6", "fill", colour);
          svg.empty("rect", "width", "6", "height", "2", "fill", colour);
        }
        case HORIZONTAL -> svg.empty("rect", "width", "6", "height", "2.5", "fill", colour);
        default -> throw new IllegalStateException(pattern.name());
      }
      svg.end("pattern");
    }
    svg.end("defs");
  }

  /** The fill of bar series {@code i}: its colour, its pattern, or white for the outlined one. */
  static String seriesFill(String prefix, int i) {
    Pattern pattern = PATTERNS.get(i);
    if (pattern == Pattern.SOLID) {
      return SERIES.get(i);
    }
    return pattern == Pattern.OUTLINE ? WHITE : "url(#" + prefix + "-s" + i + ")";
  }
}
