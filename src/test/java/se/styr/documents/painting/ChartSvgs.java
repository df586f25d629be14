package se.styr.documents.painting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Chart SVG for the painter's tests: small SVGs written out, and the labels and title of any SVG
 * read back.
 */
final class ChartSvgs {
  private static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private ChartSvgs() {}

  /**
   * An SVG shaped like the charts' (viewBox, size, font), titled "Diagram", with the given content.
   */
  static String svg(int width, int height, String content) {
    return "<svg xmlns=\""
        + NAMESPACE
        + "\" role=\"img\" viewBox=\"0 0 "
        + width
        + ".0 "
        + height
        + ".0\" width=\""
        + width
        + ".0\" height=\""
        + height
        + ".0\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"12\">"
        + "<title>Diagram</title>"
        + content
        + "</svg>";
  }

  /** The text of every text element, its whitespace collapsed as SVG shows it. */
  static List<String> labels(String svg) {
    NodeList texts = parse(svg).getElementsByTagNameNS(NAMESPACE, "text");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      labels.add(texts.item(i).getTextContent().replaceAll("\\s+", " ").strip());
    }
    return labels;
  }

  /** The text of the root's title, which becomes the figure's alternative text. */
  static String title(String svg) {
    return parse(svg)
        .getDocumentElement()
        .getElementsByTagNameNS(NAMESPACE, "title")
        .item(0)
        .getTextContent()
        .strip();
  }

  private static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed SVG", e);
    }
  }
}
