package se.styr.documents.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import se.styr.documents.painting.ChartDrawing.Label;
import se.styr.documents.painting.ChartDrawing.Mark;
import se.styr.documents.painting.ChartDrawing.Outline;
import se.styr.documents.painting.ChartDrawing.Tiling;
import se.styr.documents.painting.ChartTilings.Cover;

/**
 * Writes a {@link ChartDrawing} as a PDF form XObject: paths with re, m, l, c, f, S and B, labels
 * as text shown in the document's embedded faces (so they can be searched, copied and read out), a
 * pattern fill as the shape set as clip with the tile's content repeated under it. A rect of a tile
 * that spans the whole tile one way is one long strip per row or column, not one per tile, so a
 * diagonally striped bar is a few dozen rectangles. Colours, pen and font are written only when
 * they change.
 */
final class ChartForm {
  /** CSS pixels are 1/96 inch, PDF points 1/72. */
  private static final float POINTS_PER_PIXEL = 0.75f;

  private final PDPageContentStream out;
  private final DocumentFonts fonts;
  private State state = new State();
  private boolean textStateSet;

  /**
   * What has been set on the stream; a form starts with whatever state the page had, so all is
   * unknown.
   */
  private static final class State {
    Color fill;
    Color stroke;
    BasicStroke pen;
    PDFont font;
    float fontSize;

    State copy() {
      State copy = new State();
      copy.fill = fill;
      copy.stroke = stroke;
      copy.pen = pen;
      copy.font = font;
      copy.fontSize = fontSize;
      return copy;
    }
  }

  private ChartForm(PDPageContentStream out, DocumentFonts fonts) {
    this.out = out;
    this.fonts = fonts;
  }

  /**
   * The drawing as a form of its intrinsic size in points, y up, as a replaced element is placed;
   * only its top left {@code visibleWidth} × {@code visibleHeight} (CSS pixels) show, the part that
   * falls in the element's content box, as CSS clips a replaced element's content.
   */
  static PDFormXObject write(
      PDDocument document,
      DocumentFonts fonts,
      ChartDrawing drawing,
      double visibleWidth,
      double visibleHeight)
      throws IOException {
    float height = drawing.height() * POINTS_PER_PIXEL;
    float shownWidth = (float) Math.min(drawing.width(), visibleWidth) * POINTS_PER_PIXEL;
    float shownHeight = (float) Math.min(drawing.height(), visibleHeight) * POINTS_PER_PIXEL;
    PDFormXObject form = new PDFormXObject(document);
    // The bounding box clips to the SVG's viewport and the element's content box.
    form.setBBox(new PDRectangle(0, height - shownHeight, shownWidth, shownHeight));
    form.setResources(new PDResources());
    // A content stream that knows the document registers the faces for subsetting
    // (PDFormContentStream
    // does not, and warns); PDFBox offers one for forms only as annotation appearances, the same
    // dictionary.
    try (PDPageContentStream out =
        new PDPageContentStream(
            document,
            new PDAppearanceStream(form.getCOSObject()),
            form.getContentStream().createOutputStream(COSName.FLATE_DECODE))) {
      AffineTransform userToForm =
          new AffineTransform(POINTS_PER_PIXEL, 0, 0, -POINTS_PER_PIXEL, 0, height);
      userToForm.concatenate(drawing.userToViewport());
      out.transform(new Matrix(userToForm));
      ChartForm chart = new ChartForm(out, fonts);
      for (Mark mark : drawing.marks()) {
        if (mark instanceof Outline outline) {
          chart.outline(outline);
        } else if (mark instanceof Label label) {
          chart.label(label);
        }
      }
    }
    return form;
  }

  private void outline(Outline outline) throws IOException {
    if (outline.fill() != null && outline.stroke() != null) {
      fillColour(outline.fill());
      pen(outline.strokeColour(), outline.stroke());
      path(outline.shape());
      out.fillAndStroke();
      return;
    }
    if (outline.fill() != null) {
      fillColour(outline.fill());
      path(outline.shape());
      out.fill();
    } else if (outline.tiling() != null) {
      tile(outline.shape(), outline.tiling());
    }
    if (outline.stroke() != null) {
      pen(outline.strokeColour(), outline.stroke());
      path(outline.shape());
      out.stroke();
    }
  }

  private void label(Label label) throws IOException {
    out.beginText();
    if (!textStateSet) {
      // The page may have left spacing, scaling, rise or a stroking render mode set; labels have
      // none.
      out.setCharacterSpacing(0);
      out.setWordSpacing(0);
      out.setHorizontalScaling(100);
      out.setTextRise(0);
      out.setRenderingMode(RenderingMode.FILL);
      textStateSet = true;
    }
    PDFont font = fonts.face(label.face());
    if (font != state.font || label.size() != state.fontSize) {
      out.setFont(font, label.size());
      state.font = font;
      state.fontSize = label.size();
    }
    fillColour(label.colour());
    // User space runs downwards; the text matrix turns the glyphs upright again.
    out.setTextMatrix(new Matrix(1, 0, 0, -1, label.x(), label.y()));
    out.showText(label.text());
    out.endText();
  }

  private void tile(Shape shape, Tiling tiling) throws IOException {
    // What is set inside the clip is undone with it.
    State outside = state.copy();
    out.saveGraphicsState();
    path(shape);
    out.clip();
    out.transform(new Matrix(tiling.transform()));
    Cover cover = ChartTilings.cover(tiling, shape.getBounds2D());
    for (Outline part : tiling.tile()) {
      List<Shape> copies = copies(part, tiling, cover);
      if (part.fill() != null) {
        fillColour(part.fill());
        for (Shape copy : copies) {
          path(copy);
        }
        out.fill();
      }
      if (part.stroke() != null) {
        pen(part.strokeColour(), part.stroke());
        for (Shape copy : copies) {
          path(copy);
        }
        out.stroke();
      }
    }
    out.restoreGraphicsState();
    state = outside;
  }

  /** The part in every tile over the cover, in pattern space; copies of a tile never overlap. */
  private static List<Shape> copies(Outline part, Tiling tiling, Cover cover) {
    List<Shape> copies = new ArrayList<>();
    Rectangle2D area = cover.area();
    if (part.shape() instanceof Rectangle2D rect && part.stroke() == null) {
      boolean wide = rect.getMinX() <= 0 && rect.getMaxX() >= tiling.width();
      boolean tall = rect.getMinY() <= 0 && rect.getMaxY() >= tiling.height();
      if (wide && tall) {
        return List.of(area);
      }
      if (tall) {
        for (long column = cover.fromColumn(); column < cover.toColumn(); column++) {
          double x = tiling.x() + column * tiling.width() + rect.getX();
          copies.add(new Rectangle2D.Double(x, area.getY(), rect.getWidth(), area.getHeight()));
        }
        return copies;
      }
      if (wide) {
        for (long row = cover.fromRow(); row < cover.toRow(); row++) {
          double y = tiling.y() + row * tiling.height() + rect.getY();
          copies.add(new Rectangle2D.Double(area.getX(), y, area.getWidth(), rect.getHeight()));
        }
        return copies;
      }
    }
    for (long column = cover.fromColumn(); column < cover.toColumn(); column++) {
      for (long row = cover.fromRow(); row < cover.toRow(); row++) {
        copies.add(
            AffineTransform.getTranslateInstance(
                    tiling.x() + column * tiling.width(), tiling.y() + row * tiling.height())
                .createTransformedShape(part.shape()));
      }
    }
    return copies;
  }

  private void fillColour(Color colour) throws IOException {
    if (!colour.equals(state.fill)) {
      out.setNonStrokingColor(
          colour.getRed() / 255f, colour.getGreen() / 255f, colour.getBlue() / 255f);
      state.fill = colour;
    }
  }

  /** The stroke colour and pen; the first pen also sets SVG's caps, joins and miter limit. */
  private void pen(Color colour, BasicStroke pen) throws IOException {
    if (!colour.equals(state.stroke)) {
      out.setStrokingColor(
          colour.getRed() / 255f, colour.getGreen() / 255f, colour.getBlue() / 255f);
      state.stroke = colour;
    }
    BasicStroke previous = state.pen;
    if (previous == null) {
      out.setLineCapStyle(0);
      out.setLineJoinStyle(0);
      out.setMiterLimit(pen.getMiterLimit());
    }
    if (previous == null || previous.getLineWidth() != pen.getLineWidth()) {
      out.setLineWidth(pen.getLineWidth());
    }
    float[] dashes = pen.getDashArray();
    if (previous == null || !Arrays.equals(previous.getDashArray(), dashes)) {
      out.setLineDashPattern(dashes == null ? new float[0] : dashes, 0);
    }
    state.pen = pen;
  }

  private void path(Shape shape) throws IOException {
    if (shape instanceof Rectangle2D rect) {
      out.addRect(
          (float) rect.getX(),
          (float) rect.getY(),
          (float) rect.getWidth(),
          (float) rect.getHeight());
      return;
    }
    float[] c = new float[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> out.moveTo(c[0], c[1]);
        case PathIterator.SEG_LINETO -> out.lineTo(c[0], c[1]);
        case PathIterator.SEG_CUBICTO -> out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
        case PathIterator.SEG_CLOSE -> out.closePath();
        // Rects, circles (cubic curves), lines and polygons have no quadratic segments.
        default -> throw new IllegalStateException("a quadratic segment in " + shape);
      }
    }
  }
}
