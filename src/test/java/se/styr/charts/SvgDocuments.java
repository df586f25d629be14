package se.styr.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads chart SVG back with the JDK's XML parser and checks what every chart must satisfy. */
final class SvgDocuments {
  private static final Pattern COLOUR = Pattern.compile("(fill|stroke)=\"(#[0-9a-f]{6})\"");

  private SvgDocuments() {}

  /**
   * Parses the markup as namespace-aware XML with DTDs refused; fails the test if it is not
   * well-formed.
   */
  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError(
          "chart SVG is not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of all elements of a name, in document order. */
  static List<String> texts(Document document, String element) {
    NodeList nodes = document.getElementsByTagNameNS(Svg.NAMESPACE, element);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /**
   * Every rule the site and WCAG set for a chart: well-formed, labelled, no styles or scripts,
   * contrast.
   */
  static Document assertSafeAndAccessible(String svg) {
    Document document = parse(svg);
    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo(Svg.NAMESPACE);
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+\\.\\d \\d+\\.\\d");
    assertThat(root.getAttribute("width")).isNotEmpty();
    assertThat(root.getAttribute("height")).isNotEmpty();
    String labelledBy = root.getAttribute("aria-labelledby");
    assertThat(idOf(document, "title")).isEqualTo(labelledBy);
    assertThat(idOf(document, "desc")).isEqualTo(root.getAttribute("aria-describedby"));
    assertThat(texts(document, "title").get(0)).isNotBlank();
    assertThat(texts(document, "desc").get(0)).isNotBlank();
    assertNoStyleOrScript(document, svg);
    Matcher colours = COLOUR.matcher(svg);
    while (colours.find()) {
      String colour = colours.group(2);
      if (!colour.equals(Palette.WHITE)
          && !colour.equals(Palette.GRID)
          && !colour.equals(Palette.BAND_TINT)) {
        assertThat(contrastAgainstWhite(colour))
            .as("contrast of " + colour)
            .isGreaterThanOrEqualTo(3.0);
      }
    }
    return document;
  }

  private static String idOf(Document document, String element) {
    NodeList nodes = document.getElementsByTagNameNS(Svg.NAMESPACE, element);
    assertThat(nodes.getLength()).as(element + " elements").isPositive();
    return ((Element) nodes.item(0)).getAttribute("id");
  }

  private static void assertNoStyleOrScript(Document document, String svg) {
    assertThat(document.getElementsByTagNameNS("*", "style").getLength())
        .as("style elements")
        .isZero();
    assertThat(document.getElementsByTagNameNS("*", "script").getLength())
        .as("script elements")
        .isZero();
    assertThat(document.getElementsByTagNameNS("*", "foreignObject").getLength())
        .as("foreignObject")
        .isZero();
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      assertThat(element.hasAttribute("style"))
          .as("style attribute on " + element.getLocalName())
          .isFalse();
      for (int a = 0; a < element.getAttributes().getLength(); a++) {
        String name = element.getAttributes().item(a).getNodeName();
        assertThat(name).as("event handler attribute").doesNotStartWith("on");
        assertThat(name).as("links").doesNotContain("href");
      }
    }
    assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:");
  }

  /** WCAG contrast ratio of an sRGB colour against white. */
  static double contrastAgainstWhite(String hex) {
    double luminance =
        0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
    return 1.05 / (luminance + 0.05);
  }

  private static double channel(String hex, int at) {
    double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** Writes a chart to target/charts for people to look at. */
  static Path write(String name, String svg) {
    try {
      Path file = Path.of("target", "charts", name + ".svg");
      Files.createDirectories(file.getParent());
      Files.writeString(file, svg, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
