package se.styr.documents.painting;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import se.styr.documents.painting.ChartDrawing.Label;
import se.styr.documents.painting.ChartDrawing.Mark;
import se.styr.documents.painting.ChartDrawing.Outline;
import se.styr.documents.painting.ChartSvgValues.Unsupported;

/**
 * Reads the SVG that {@code se.styr.charts} writes into a {@link ChartDrawing}: svg, g, defs with
 * patterns, rect, line, polyline, polygon, circle and text, with the presentation attributes of
 * {@link ChartSvgStyle}. Everything else (a path, a transform, a style attribute, a value it does
 * not know) is {@link Unsupported}, before anything is drawn, so that Batik draws that SVG instead.
 */
final class ChartSvgReader {
  static final String SVG = "http://www.w3.org/2000/svg";

  private static final Set<String> NO_GEOMETRY = Set.of();
  private static final Set<String> ROOT = Set.of("width", "height", "viewBox");
  private static final Set<String> RECT = Set.of("x", "y", "width", "height");
  private static final Set<String> CIRCLE = Set.of("cx", "cy", "r");
  private static final Set<String> LINE = Set.of("x1", "y1", "x2", "y2");
  private static final Set<String> POINTS = Set.of("points");
  private static final Set<String> TEXT = Set.of("x", "y");

  private final DocumentFonts fonts;
  private final ChartSvgStyle rootStyle;
  private final ChartTilings tilings;
  private final List<Mark> marks = new ArrayList<>();

  private ChartSvgReader(Element root, DocumentFonts fonts) {
    this.fonts = fonts;
    this.rootStyle = style(root, ChartSvgStyle.INITIAL, ROOT);
    this.tilings = new ChartTilings(this, root, rootStyle, patterns(root));
  }

  /** The drawing, or {@link Unsupported} when the SVG holds anything outside the subset. */
  static ChartDrawing read(Element svg, DocumentFonts fonts) {
    if (!isSvg(svg, "svg")) {
      throw new Unsupported("not an svg element");
    }
    ChartViewport viewport = ChartViewport.of(svg);
    ChartSvgReader reader = new ChartSvgReader(svg, fonts);
    reader.children(svg, reader.rootStyle);
    return new ChartDrawing(
        viewport.width(), viewport.height(), viewport.userToViewport(), reader.marks);
  }

  private static Map<String, Element> patterns(Element root) {
    Map<String, Element> patterns = new HashMap<>();
    NodeList found = root.getElementsByTagNameNS(SVG, "pattern");
    for (int i = 0; i < found.getLength(); i++) {
      Element pattern = (Element) found.item(i);
      // As in a browser, the first element with an id is the one a reference finds.
      patterns.putIfAbsent(pattern.getAttribute("id"), pattern);
    }
    return patterns;
  }

  static boolean isSvg(Element element, String name) {
    return SVG.equals(element.getNamespaceURI()) && name.equals(element.getLocalName());
  }

  private void children(Element parent, ChartSvgStyle style) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        element(element, style);
      }
    }
  }

  /**
   * Reads one element into marks; text outside a text element is not drawn in SVG, so it is
   * skipped.
   */
  private void element(Element element, ChartSvgStyle inherited) {
    if (!SVG.equals(element.getNamespaceURI())) {
      throw new Unsupported("element outside SVG: " + element.getTagName());
    }
    String name = element.getLocalName();
    switch (name) {
      case "title", "desc" -> {}
      case "g" -> children(element, style(element, inherited, NO_GEOMETRY));
      case "defs" -> defs(element);
      case "pattern" -> {} // painted only where a fill refers to it
      case "rect", "circle", "line" -> shape(element, inherited, marks::add);
      case "polyline", "polygon" ->
          poly(element, style(element, inherited, POINTS), name.equals("polygon"));
      case "text" -> text(element, style(element, inherited, TEXT));
      default -> throw new Unsupported("element " + name);
    }
  }

  private static void defs(Element defs) {
    if (defs.hasAttributes()) {
      throw new Unsupported("attributes on defs");
    }
    for (Node child = defs.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && !isSvg(element, "pattern")
          && !isSvg(element, "title")
          && !isSvg(element, "desc")) {
        throw new Unsupported("defs holds " + element.getTagName());
      }
    }
  }

  /** The element's style: its own presentation attributes over the inherited ones. */
  ChartSvgStyle style(Element element, ChartSvgStyle inherited, Set<String> geometry) {
    ChartSvgStyle style = inherited;
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getName();
      if (!geometry.contains(name) && !ignored(name)) {
        style = style.with(name, attribute.getValue());
      }
    }
    return style;
  }

  /**
   * Attributes that change nothing drawn: ids, namespaces, accessibility (PrintableDom sets alt).
   */
  private static boolean ignored(String name) {
    return name.equals("id")
        || name.equals("role")
        || name.equals("alt")
        || name.equals("xmlns")
        || name.startsWith("xmlns:")
        || name.startsWith("aria-");
  }

  /** Reads a rect, circle or line, into the drawing or into a pattern's tile. */
  void shape(Element element, ChartSvgStyle inherited, Consumer<Outline> sink) {
    switch (element.getLocalName()) {
      case "rect" -> rect(element, style(element, inherited, RECT), sink);
      case "circle" -> circle(element, style(element, inherited, CIRCLE), sink);
      case "line" -> line(element, style(element, inherited, LINE), sink);
      default -> throw new Unsupported("element " + element.getLocalName());
    }
  }

  private void rect(Element rect, ChartSvgStyle style, Consumer<Outline> sink) {
    double width = ChartSvgValues.size(rect.getAttribute("width"));
    double height = ChartSvgValues.size(rect.getAttribute("height"));
    // A zero width or height disables rendering of the rect, its stroke included.
    if (width > 0 && height > 0) {
      outline(
          new Rectangle2D.Double(coordinate(rect, "x"), coordinate(rect, "y"), width, height),
          style,
          sink);
    }
  }

  private void circle(Element circle, ChartSvgStyle style, Consumer<Outline> sink) {
    double r = ChartSvgValues.size(circle.getAttribute("r"));
    if (r > 0) {
      double cx = coordinate(circle, "cx");
      double cy = coordinate(circle, "cy");
      outline(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), style, sink);
    }
  }

  private void line(Element line, ChartSvgStyle style, Consumer<Outline> sink) {
    Line2D shape =
        new Line2D.Double(
            coordinate(line, "x1"),
            coordinate(line, "y1"),
            coordinate(line, "x2"),
            coordinate(line, "y2"));
    // A line encloses nothing to fill.
    outline(
        shape,
        new ChartSvgStyle(
            null,
            null,
            style.stroke(),
            style.strokeWidth(),
            style.dashes(),
            style.fontSize(),
            style.bold(),
            style.italic(),
            style.anchor()),
        sink);
  }

  private void poly(Element poly, ChartSvgStyle style, boolean closed) {
    double[] xy = ChartSvgValues.numbers(poly.getAttribute("points"), "list of points");
    if (xy.length < 4 || xy.length % 2 != 0) {
      throw new Unsupported("points '" + poly.getAttribute("points") + "'");
    }
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, xy.length / 2 + 1);
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    if (closed) {
      path.closePath();
    }
    outline(path, style, marks::add);
  }

  private void outline(Shape shape, ChartSvgStyle style, Consumer<Outline> sink) {
    ChartDrawing.Tiling tiling =
        style.fillPattern() == null ? null : tilings.tiling(style.fillPattern(), shape);
    BasicStroke stroke =
        style.stroke() == null || style.strokeWidth() == 0
            ? null
            : new BasicStroke(
                (float) style.strokeWidth(),
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER,
                4f,
                style.dashes(),
                0f);
    if (style.fill() != null || tiling != null || stroke != null) {
      sink.accept(
          new Outline(shape, style.fill(), tiling, stroke == null ? null : style.stroke(), stroke));
    }
  }

  private void text(Element text, ChartSvgStyle style) {
    StringBuilder content = new StringBuilder();
    for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        content.append(child.getNodeValue());
      } else if (child instanceof Element element
          && !isSvg(element, "title")
          && !isSvg(element, "desc")) {
        throw new Unsupported("text holds " + element.getTagName());
      }
    }
    if (style.fillPattern() != null || style.stroke() != null) {
      throw new Unsupported("text filled with a pattern or stroked");
    }
    if (style.fontSize() == 0) {
      throw new Unsupported("text without a font size");
    }
    double x = coordinate(text, "x");
    double y = coordinate(text, "y");
    String label = ChartLabels.visible(ChartLabels.collapse(content.toString()));
    if (label.isEmpty() || style.fill() == null) {
      return;
    }
    double width = width(label, style.face()) * style.fontSize();
    double left =
        switch (style.anchor()) {
          case START -> x;
          case MIDDLE -> x - width / 2;
          case END -> x - width;
        };
    marks.add(
        new Label(
            label, (float) left, (float) y, style.face(), (float) style.fontSize(), style.fill()));
  }

  /**
   * The advance of the text in the face at size 1; a character the face lacks is {@link
   * Unsupported}.
   */
  private double width(String label, DocumentFonts.Face face) {
    try {
      return fonts.face(face).getStringWidth(label) / 1000;
    } catch (IllegalArgumentException | IOException e) {
      // No .notdef boxes in a PDF/UA file: Batik draws the label as outlines instead.
      throw new Unsupported("a character without a glyph in " + face);
    }
  }

  /** An x or y; absent means 0. */
  static double coordinate(Element element, String name) {
    String value = element.getAttribute(name);
    return value.isEmpty() ? 0 : ChartSvgValues.number(value);
  }
}
