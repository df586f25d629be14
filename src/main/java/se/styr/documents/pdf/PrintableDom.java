package se.styr.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Turns the HTML5 string into the W3C DOM that openhtmltopdf lays out, fills in what PDF/UA asks
 * for and HTML leaves implicit, and removes what must not reach a PDF. jsoup parses like a browser,
 * so tag soup never fails here.
 */
public final class PrintableDom {
  private static final Pattern PIXELS = Pattern.compile("\\d{1,6}(\\.\\d+)?(px)?");

  private PrintableDom() {}

  public static Document parse(String html, PdfOptions options) {
    Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
    Element root = document.getDocumentElement();
    // The options name the language the archive records; the template may say only "sv".
    root.setAttribute("lang", options.language());
    Found found = new Found();
    visit(root, found);
    for (Element script : found.scripts) {
      script.getParentNode().removeChild(script);
    }
    // openhtmltopdf reads these for its own metadata and warns when PDF/UA lacks them.
    String subject = options.subject() != null ? options.subject() : meta(found, "description");
    setMeta(document, found, "title", options.title());
    if (subject != null) {
      setMeta(document, found, "subject", subject);
    }
    return document;
  }

  /** What the one walk over the tree collects. */
  private static final class Found {
    final List<Element> scripts = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    Element head;
  }

  /** The document's one-sentence description: the options' subject, else its meta description. */
  static String subject(Document document) {
    var metas = document.getElementsByTagNameNS("*", "meta");
    for (int i = 0; i < metas.getLength(); i++) {
      Element meta = (Element) metas.item(i);
      if ("subject".equals(meta.getAttribute("name"))) {
        return meta.getAttribute("content");
      }
    }
    return null;
  }

  /** One pass over the tree; scripts are collected, since removing them would upset the walk. */
  private static void visit(Element element, Found found) {
    switch (localName(element)) {
      case "script" -> found.scripts.add(element);
      case "meta" -> found.metas.add(element);
      case "head" -> found.head = found.head == null ? element : found.head;
      case "svg" -> {
        roundSize(element);
        describeFigure(element);
      }
      case "a" -> describeLink(element);
      default -> {}
    }
    removeEventHandlers(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element next) {
        visit(next, found);
      }
    }
  }

  /** openhtmltopdf turns an onclick into a JavaScript action; a plan has no use for any. */
  private static void removeEventHandlers(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = attributes.getLength() - 1; i >= 0; i--) {
      Attr attribute = (Attr) attributes.item(i);
      if (attribute.getName().toLowerCase(Locale.ROOT).startsWith("on")) {
        element.removeAttributeNode(attribute);
      }
    }
  }

  /**
   * openhtmltopdf reads an SVG's width and height attributes as whole CSS pixels and falls back to
   * 400 on anything else; the charts write one decimal.
   */
  private static void roundSize(Element svg) {
    for (String attribute : List.of("width", "height")) {
      String value = svg.getAttribute(attribute).strip();
      if (PIXELS.matcher(value).matches()) {
        String number = value.endsWith("px") ? value.substring(0, value.length() - 2) : value;
        svg.setAttribute(attribute, Long.toString(Math.round(Double.parseDouble(number))));
      }
    }
  }

  /**
   * openhtmltopdf takes a figure's alternative text from {@code alt}; an SVG carries it in its
   * title.
   */
  private static void describeFigure(Element svg) {
    if (!svg.getAttribute("alt").isBlank()) {
      return;
    }
    for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && "title".equals(localName(element))) {
        String title = collapse(element.getTextContent());
        if (!title.isEmpty()) {
          svg.setAttribute("alt", title);
          return;
        }
      }
    }
    String label = collapse(svg.getAttribute("aria-label"));
    if (!label.isEmpty()) {
      svg.setAttribute("alt", label);
    }
  }

  /**
   * PDF/UA wants every link described; openhtmltopdf takes the description from the title. A
   * javascript: link would become an action in the PDF, so it loses its target and stays text.
   */
  private static void describeLink(Element link) {
    String href = link.getAttribute("href").strip();
    if (href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
      link.removeAttribute("href");
      href = "";
    }
    if (!link.getAttribute("title").isBlank()) {
      return;
    }
    String text = collapse(link.getTextContent());
    if (text.isEmpty()) {
      text = imageAlt(link);
    }
    if (text.isEmpty()) {
      text = href;
    }
    if (!text.isEmpty()) {
      link.setAttribute("title", text);
    }
  }

  private static String imageAlt(Element link) {
    var images = link.getElementsByTagNameNS("*", "img");
    for (int i = 0; i < images.getLength(); i++) {
      String alt = collapse(((Element) images.item(i)).getAttribute("alt"));
      if (!alt.isEmpty()) {
        return alt;
      }
    }
    return "";
  }

  private static String meta(Found found, String name) {
    for (Element meta : found.metas) {
      if (name.equalsIgnoreCase(meta.getAttribute("name"))) {
        String content = collapse(meta.getAttribute("content"));
        return content.isEmpty() ? null : content;
      }
    }
    return null;
  }

  private static void setMeta(Document document, Found found, String name, String content) {
    for (Element meta : found.metas) {
      if (name.equalsIgnoreCase(meta.getAttribute("name"))) {
        meta.setAttribute("content", content);
        return;
      }
    }
    Element meta = document.createElementNS(found.head.getNamespaceURI(), "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content);
    found.head.appendChild(meta);
    found.metas.add(meta);
  }

  private static String localName(Element element) {
    String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    return name.toLowerCase(Locale.ROOT);
  }

  private static String collapse(String text) {
    return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
  }
}
