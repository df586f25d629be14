package se.styr.documents.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The paths a page paints, in page space: each fill with its colour and subpaths, each clip, and
 * images.
 */
public final class PdfPaths extends PDFGraphicsStreamEngine {
  /** A filled path: its colour as #rrggbb and the bounds of each of its subpaths. */
  record Fill(String colour, List<Rectangle2D> subpaths) {}

  final List<Fill> fills = new ArrayList<>();
  public final List<Rectangle2D> clips = new ArrayList<>();
  public int images;
  private final List<Rectangle2D> subpaths = new ArrayList<>();
  private Path2D.Double subpath = new Path2D.Double();

  private PdfPaths(PDPage page) {
    super(page);
  }

  public static PdfPaths of(PDPage page) throws IOException {
    PdfPaths paths = new PdfPaths(page);
    paths.processPage(page);
    return paths;
  }

  /** The subpaths filled in the colour, over all fills. */
  public List<Rectangle2D> filled(String colour) {
    return fills.stream()
        .filter(f -> f.colour().equals(colour))
        .flatMap(f -> f.subpaths().stream())
        .toList();
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    moveTo((float) p0.getX(), (float) p0.getY());
    lineTo((float) p1.getX(), (float) p1.getY());
    lineTo((float) p2.getX(), (float) p2.getY());
    lineTo((float) p3.getX(), (float) p3.getY());
    closePath();
  }

  @Override
  public void moveTo(float x, float y) {
    endSubpath();
    subpath.moveTo(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    subpath.lineTo(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    subpath.curveTo(x1, y1, x2, y2, x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return subpath.getCurrentPoint();
  }

  @Override
  public void closePath() {
    subpath.closePath();
  }

  private void endSubpath() {
    if (subpath.getCurrentPoint() != null) {
      subpaths.add(subpath.getBounds2D());
    }
    subpath = new Path2D.Double();
  }

  private List<Rectangle2D> takePath() {
    endSubpath();
    List<Rectangle2D> taken = List.copyOf(subpaths);
    subpaths.clear();
    return taken;
  }

  @Override
  public void endPath() {
    takePath();
  }

  @Override
  public void strokePath() {
    takePath();
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    int rgb = getGraphicsState().getNonStrokingColor().toRGB();
    fills.add(new Fill(String.format("#%06x", rgb & 0xffffff), takePath()));
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    fillPath(windingRule);
  }

  @Override
  public void clip(int windingRule) {
    Rectangle2D bounds = null;
    endSubpath();
    for (Rectangle2D part : subpaths) {
      bounds = bounds == null ? part : bounds.createUnion(part);
    }
    if (bounds != null) {
      clips.add(bounds);
    }
  }

  @Override
  public void drawImage(PDImage image) {
    images++;
  }

  @Override
  public void shadingFill(COSName shadingName) {
    throw new AssertionError("a shading fill");
  }
}
