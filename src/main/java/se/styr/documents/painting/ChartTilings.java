package se.styr.documents.painting;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.styr.documents.painting.ChartDrawing.Outline;
import se.styr.documents.painting.ChartDrawing.Tiling;
import se.styr.documents.painting.ChartSvgValues.Unsupported;

/**
 * The patterns of one SVG, each read when a fill first names it: userSpaceOnUse units, an optional
 * rotate() transform, and a tile of rects, circles and lines that stay inside it (the bar patterns
 * of {@code se.styr.charts.Palette}).
 */
final class ChartTilings {
  private static final Set<String> PATTERN =
      Set.of(
          "x", "y", "width", "height", "patternUnits", "patternContentUnits", "patternTransform");
  private static final String USER_SPACE = "userSpaceOnUse";

  /**
   * A tiny tile over a big shape would mean very many copies; Batik draws such a pattern instead.
   */
  private static final long MAX_TILES = 20_000;

  /**
   * Which copies of a tile cover a shape: the shape's bounds in pattern space, and the tile columns
   * {@code [fromColumn, toColumn)} and rows {@code [fromRow, toRow)} over them.
   */
  record Cover(Rectangle2D area, long fromColumn, long toColumn, long fromRow, long toRow) {
    long tiles() {
      return (toColumn - fromColumn) * (toRow - fromRow);
    }
  }

  private final ChartSvgReader reader;
  private final Element root;
  private final ChartSvgStyle rootStyle;
  private final Map<String, Element> elements;
  private final Map<String, Tiling> read = new HashMap<>();
  private boolean reading;

  ChartTilings(
      ChartSvgReader reader, Element root, ChartSvgStyle rootStyle, Map<String, Element> elements) {
    this.reader = reader;
    this.root = root;
    this.rootStyle = rootStyle;
    this.elements = elements;
  }

  /** The pattern a fill names, checked to cover the shape with a sensible number of tiles. */
  Tiling tiling(String id, Shape shape) {
    if (reading) {
      throw new Unsupported("a pattern filled with a pattern");
    }
    Tiling tiling = read.get(id);
    if (tiling == null) {
      Element pattern = elements.get(id);
      if (pattern == null) {
        throw new Unsupported("no pattern '" + id + "'");
      }
      reading = true;
      tiling = read(pattern);
      reading = false;
      read.put(id, tiling);
    }
    if (cover(tiling, shape.getBounds2D()).tiles() > MAX_TILES) {
      throw new Unsupported("too many tiles of pattern '" + id + "'");
    }
    return tiling;
  }

  static Cover cover(Tiling tiling, Rectangle2D bounds) {
    Rectangle2D area;
    try {
      area = tiling.transform().createInverse().createTransformedShape(bounds).getBounds2D();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException("a rotation is always invertible", e);
    }
    return new Cover(
        area,
        (long) Math.floor((area.getMinX() - tiling.x()) / tiling.width()),
        (long) Math.ceil((area.getMaxX() - tiling.x()) / tiling.width()),
        (long) Math.floor((area.getMinY() - tiling.y()) / tiling.height()),
        (long) Math.ceil((area.getMaxY() - tiling.y()) / tiling.height()));
  }

  private Tiling read(Element pattern) {
    ChartSvgStyle style = reader.style(pattern, inheritedStyle(pattern), PATTERN);
    if (!USER_SPACE.equals(pattern.getAttribute("patternUnits"))) {
      throw new Unsupported("patternUnits other than userSpaceOnUse");
    }
    String contentUnits = pattern.getAttribute("patternContentUnits");
    if (!contentUnits.isEmpty() && !contentUnits.equals(USER_SPACE)) {
      throw new Unsupported("patternContentUnits " + contentUnits);
    }
    double width = ChartSvgValues.size(pattern.getAttribute("width"));
    double height = ChartSvgValues.size(pattern.getAttribute("height"));
    if (width == 0 || height == 0) {
      throw new Unsupported("an empty pattern");
    }
    String transform = pattern.getAttribute("patternTransform");
    AffineTransform rotation =
        transform.isEmpty()
            ? new AffineTransform()
            : AffineTransform.getRotateInstance(Math.toRadians(ChartSvgValues.rotation(transform)));
    List<Outline> tile = new ArrayList<>();
    for (Node child = pattern.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && !ChartSvgReader.isSvg(element, "title")
          && !ChartSvgReader.isSvg(element, "desc")) {
        if (!ChartSvgReader.SVG.equals(element.getNamespaceURI())) {
          throw new Unsupported("element outside SVG in a pattern");
        }
        reader.shape(element, style, tile::add);
      }
    }
    for (Outline outline : tile) {
      requireInside(outline, width, height);
    }
    return new Tiling(
        ChartSvgReader.coordinate(pattern, "x"),
        ChartSvgReader.coordinate(pattern, "y"),
        width,
        height,
        rotation,
        tile);
  }

  /**
   * The style a pattern inherits from its ancestors up to the root (its content inherits from it).
   */
  private ChartSvgStyle inheritedStyle(Element pattern) {
    Deque<Element> ancestors = new ArrayDeque<>();
    for (Node parent = pattern.getParentNode(); parent != root; parent = parent.getParentNode()) {
      if (!(parent instanceof Element element)
          || !(ChartSvgReader.isSvg(element, "defs") || ChartSvgReader.isSvg(element, "g"))) {
        throw new Unsupported("a pattern outside defs and groups");
      }
      ancestors.push(element);
    }
    ChartSvgStyle style = rootStyle;
    for (Element ancestor : ancestors) {
      style = reader.style(ancestor, style, Set.of());
    }
    return style;
  }

  /** SVG clips a tile's content to the tile; content that stays inside needs no clip. */
  private static void requireInside(Outline outline, double width, double height) {
    Rectangle2D bounds =
        outline.stroke() == null
            ? outline.shape().getBounds2D()
            : outline.stroke().createStrokedShape(outline.shape()).getBounds2D();
    if (bounds.getMinX() < 0
        || bounds.getMinY() < 0
        || bounds.getMaxX() > width
        || bounds.getMaxY() > height) {
      throw new Unsupported("pattern content outside its tile");
    }
  }
}
