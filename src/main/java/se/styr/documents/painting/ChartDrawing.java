package se.styr.documents.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * What a chart's SVG paints, read from its DOM once at layout ({@link ChartSvgReader}) and painted
 * at each draw ({@link ChartCanvas}): the marks in paint order, in the SVG's user units. The
 * transforms are never changed once read.
 *
 * @param width the intrinsic width in CSS pixels, as Batik would report it
 * @param height the intrinsic height in CSS pixels
 * @param userToViewport maps user units (the viewBox) onto width × height, centred and uniform
 */
record ChartDrawing(int width, int height, AffineTransform userToViewport, List<Mark> marks) {
  ChartDrawing {
    marks = List.copyOf(marks);
  }

  sealed interface Mark permits Outline, Label {}

  /**
   * A shape filled with a colour or a pattern, or not filled, then stroked or not.
   *
   * @param fill the fill colour, or null
   * @param tiling the pattern fill, or null
   * @param strokeColour the stroke colour, or null when the stroke is null
   * @param stroke the pen in user units, or null for no stroke
   */
  record Outline(Shape shape, Color fill, Tiling tiling, Color strokeColour, BasicStroke stroke)
      implements Mark {}

  /**
   * A line of text drawn in one of the document's faces; {@code x} already accounts for the text
   * anchor, measured with that face.
   */
  record Label(String text, float x, float y, DocumentFonts.Face face, float size, Color colour)
      implements Mark {}

  /**
   * A pattern in user space units: a tile of width × height at (x, y) in pattern space, repeated
   * over the plane, which {@code transform} maps into user space. The tile's outlines are in tile
   * coordinates and lie within the tile, so copies never overlap and need no clip of their own.
   */
  record Tiling(
      double x,
      double y,
      double width,
      double height,
      AffineTransform transform,
      List<Outline> tile) {
    Tiling {
      tile = List.copyOf(tile);
    }
  }
}
