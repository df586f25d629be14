package se.styr.documents.painting;

import java.awt.Color;
import se.styr.documents.painting.ChartSvgValues.Unsupported;

/**
 * The presentation attributes an SVG element has after inheriting from its ancestors, for the ones
 * the charts write. Each is inherited in SVG, so a child starts from its parent's style.
 *
 * @param fill the fill colour, or null for none or a pattern
 * @param fillPattern the id a {@code url(#id)} fill names, or null
 * @param stroke the stroke colour, or null for none
 * @param dashes the dash array in user units, or null for a solid line
 * @param fontSize in user units; 0 until an element sets it (the charts always do, and Batik's
 *     default differs from the CSS one)
 */
record ChartSvgStyle(
    Color fill,
    String fillPattern,
    Color stroke,
    double strokeWidth,
    float[] dashes,
    double fontSize,
    boolean bold,
    boolean italic,
    Anchor anchor) {

  enum Anchor {
    START,
    MIDDLE,
    END
  }

  /** SVG's initial values: black fill, no stroke, 1 wide. */
  static final ChartSvgStyle INITIAL =
      new ChartSvgStyle(Color.BLACK, null, null, 1, null, 0, false, false, Anchor.START);

  /**
   * This style with one attribute applied; an attribute the painter does not know is {@link
   * Unsupported}.
   */
  ChartSvgStyle with(String name, String value) {
    String v = value.strip();
    return switch (name) {
      case "fill" -> withFill(v);
      case "stroke" ->
          new ChartSvgStyle(
              fill,
              fillPattern,
              v.equals("none") ? null : ChartSvgValues.colour(v),
              strokeWidth,
              dashes,
              fontSize,
              bold,
              italic,
              anchor);
      case "stroke-width" ->
          new ChartSvgStyle(
              fill,
              fillPattern,
              stroke,
              ChartSvgValues.size(v),
              dashes,
              fontSize,
              bold,
              italic,
              anchor);
      case "stroke-dasharray" ->
          new ChartSvgStyle(
              fill,
              fillPattern,
              stroke,
              strokeWidth,
              ChartSvgValues.dashes(v),
              fontSize,
              bold,
              italic,
              anchor);
      // Every family is drawn in Liberation Sans, as Batik drew it (see SvgDrawer): it has Arial's
      // metrics.
      case "font-family" -> this;
      case "font-size" ->
          new ChartSvgStyle(
              fill, fillPattern, stroke, strokeWidth, dashes, positive(v), bold, italic, anchor);
      case "font-weight" ->
          new ChartSvgStyle(
              fill, fillPattern, stroke, strokeWidth, dashes, fontSize, bold(v), italic, anchor);
      case "font-style" ->
          new ChartSvgStyle(
              fill, fillPattern, stroke, strokeWidth, dashes, fontSize, bold, italic(v), anchor);
      case "text-anchor" ->
          new ChartSvgStyle(
              fill, fillPattern, stroke, strokeWidth, dashes, fontSize, bold, italic, anchor(v));
      // opacity, fill-opacity, visibility, display, style, class, transform and the rest: not
      // written by
      // the charts, so not worth a second way to get them wrong; Batik draws such an SVG.
      default -> throw new Unsupported("attribute " + name);
    };
  }

  private ChartSvgStyle withFill(String v) {
    if (v.equals("none")) {
      return new ChartSvgStyle(
          null, null, stroke, strokeWidth, dashes, fontSize, bold, italic, anchor);
    }
    if (v.startsWith("url(#") && v.endsWith(")")) {
      String id = v.substring(5, v.length() - 1);
      if (id.isEmpty() || id.contains(")")) {
        throw new Unsupported("fill " + v);
      }
      return new ChartSvgStyle(
          null, id, stroke, strokeWidth, dashes, fontSize, bold, italic, anchor);
    }
    return new ChartSvgStyle(
        ChartSvgValues.colour(v),
        null,
        stroke,
        strokeWidth,
        dashes,
        fontSize,
        bold,
        italic,
        anchor);
  }

  private static double positive(String v) {
    double size = ChartSvgValues.size(v);
    if (size == 0) {
      throw new Unsupported("font-size 0");
    }
    return size;
  }

  private static boolean bold(String v) {
    return switch (v) {
      case "normal", "400" -> false;
      case "bold", "700" -> true;
      default -> throw new Unsupported("font-weight " + v);
    };
  }

  private static boolean italic(String v) {
    return switch (v) {
      case "normal" -> false;
      // Batik draws oblique with the italic face too (SvgDrawer picks it for any slant).
      case "italic", "oblique" -> true;
      default -> throw new Unsupported("font-style " + v);
    };
  }

  private static Anchor anchor(String v) {
    return switch (v) {
      case "start" -> Anchor.START;
      case "middle" -> Anchor.MIDDLE;
      case "end" -> Anchor.END;
      default -> throw new Unsupported("text-anchor " + v);
    };
  }

  DocumentFonts.Face face() {
    if (bold) {
      return italic ? DocumentFonts.Face.BOLD_ITALIC : DocumentFonts.Face.BOLD;
    }
    return italic ? DocumentFonts.Face.ITALIC : DocumentFonts.Face.REGULAR;
  }
}
