package se.styr.texts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The Markdown body of a text section ({@link Section#text()}) as HTML that a page may insert
 * unescaped, and as plain text for previews and search.
 *
 * <p>Plan texts come from imported documents and from users; a page shows them to everyone with
 * access to the plan, so the rendering trusts nothing in them:
 *
 * <ul>
 *   <li>raw HTML, inline or as a block, is escaped and shows as text;
 *   <li>a link keeps its target only for http, https, mailto or a relative address (after removing
 *       the tabs and line breaks a browser would remove); any other link shows its text alone, so
 *       {@code javascript:}, {@code vbscript:} and {@code data:} never reach an attribute. Links
 *       get {@code rel="noopener noreferrer nofollow"};
 *   <li>an image shows as its alt text. The pages' CSP is {@code img-src 'self'}, so an outside
 *       image would be blocked and show as a broken icon; an image on our own origin would make
 *       every reader's browser send a request chosen by the author. Plan texts carry their figures
 *       in tables, so the alt text keeps what matters;
 *   <li>every element keeps only the attributes named here (href, title, rel, start, a plain {@code
 *       language-x} class), so nothing else can carry script;
 *   <li>block and inline nesting is capped, so deeply nested quotes, lists or brackets render as
 *       text instead of overflowing the stack.
 * </ul>
 *
 * Parser and renderer are immutable and shared; the methods are safe to call from any thread.
 */
public final class SectionMarkdown {
  /** Deeper quotes, lists and emphasis than this render as text; plan texts need three or four. */
  static final int MAX_NESTING = 16;

  private static final Parser PARSER =
      Parser.builder().maxOpenBlockParsers(MAX_NESTING).maxInlineNesting(MAX_NESTING).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new SafeUrls())
          .percentEncodeUrls(true)
          .nodeRendererFactory(LinkAndImageRenderer::new)
          .attributeProviderFactory(context -> new AllowedAttributes())
          .build();

  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
  private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+\\-]{1,30}");
  private static final String LINK_REL = "noopener noreferrer nofollow";

  private SectionMarkdown() {}

  /** The body as safe HTML; an empty string for null or blank text. */
  public static String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(PARSER.parse(markdown));
  }

  /**
   * The words of the body without markup, for previews and search: blocks on lines of their own,
   * links as their text, images as their alt text, raw HTML as the text it was written as. Not
   * escaped: a page prints it as text.
   */
  public static String plainText(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    PlainText text = new PlainText();
    PARSER.parse(markdown).accept(text);
    return text.result();
  }

  /**
   * The body as the Markdown tree that {@link #html} renders, parsed with the same limits, for
   * renderers of other formats (the DOCX document). Whoever walks it applies the rules above: raw
   * HTML as text, links only to {@link #safeUrl} addresses, images as their alt text.
   */
  public static Node parse(String markdown) {
    return PARSER.parse(markdown == null ? "" : markdown);
  }

  /**
   * The address a link may point to, or null if it may not: http, https, mailto or relative. Tabs,
   * line breaks and other control characters are removed first because browsers ignore them inside
   * a scheme ({@code java&#9;script:}); entities and backslash escapes are decoded by the parser.
   */
  public static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > 0x20 && c != 0x7f || c == ' ') {
        clean.append(c);
      }
    }
    String address = clean.toString().strip();
    if (address.isEmpty()) {
      return null;
    }
    Matcher scheme = SCHEME.matcher(address);
    if (scheme.find()) {
      return ALLOWED_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT)) ? address : null;
    }
    int colon = address.indexOf(':');
    if (colon >= 0) {
      // a colon before any path, query or fragment would make a browser read a scheme we did not
      // see
      int end = firstOf(address, "/?#");
      if (end < 0 || colon < end) {
        return null;
      }
    }
    return address;
  }

  private static int firstOf(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Backs up {@link #safeUrl} wherever the core renderer still writes an address. */
  private static final class SafeUrls implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
      String safe = safeUrl(url);
      return safe == null ? "" : safe;
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return "";
    }
  }

  /** Links with an unsafe address render as their text; images as their alt text. */
  private static final class LinkAndImageRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    LinkAndImageRenderer(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof Image) {
        PlainText alt = new PlainText();
        renderChildren(node, alt);
        context.getWriter().text(alt.result());
        return;
      }
      Link link = (Link) node;
      String url = safeUrl(link.getDestination());
      if (url == null) {
        renderChildren(link, null);
        return;
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("href", context.encodeUrl(url));
      if (link.getTitle() != null) {
        attributes.put("title", link.getTitle());
      }
      context.getWriter().tag("a", context.extendAttributes(link, "a", attributes));
      renderChildren(link, null);
      context.getWriter().tag("/a");
    }

    private void renderChildren(Node parent, PlainText asText) {
      Node child = parent.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        if (asText == null) {
          context.render(child);
        } else {
          child.accept(asText);
        }
        child = next;
      }
    }
  }

  /** Keeps the few attributes the core renderer writes that are known to be inert. */
  private static final class AllowedAttributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      attributes.entrySet().removeIf(a -> !allowed(tagName, a.getKey(), a.getValue()));
      if (tagName.equals("a")) {
        attributes.put("rel", LINK_REL);
      }
    }

    private static boolean allowed(String tag, String name, String value) {
      switch (tag) {
        case "a":
          return name.equals("title")
              || name.equals("href") && value != null && safeUrl(value) != null;
        case "ol":
          return name.equals("start") && value != null && value.matches("\\d{1,9}");
        case "code":
          return name.equals("class") && value != null && LANGUAGE_CLASS.matcher(value).matches();
        default:
          return false;
      }
    }
  }

  /** Collects the literal text of a tree, one line per block. */
  private static final class PlainText extends AbstractVisitor {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void visit(Text node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(HtmlInline node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(HtmlBlock node) {
      text.append(node.getLiteral().strip());
      endBlock();
    }

    @Override
    public void visit(SoftLineBreak node) {
      text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
      text.append('\n');
    }

    @Override
    protected void visitChildren(Node parent) {
      super.visitChildren(parent);
      if (parent instanceof org.commonmark.node.Block) {
        endBlock();
      }
    }

    @Override
    public void visit(FencedCodeBlock node) {
      text.append(node.getLiteral().strip());
      endBlock();
    }

    @Override
    public void visit(IndentedCodeBlock node) {
      text.append(node.getLiteral().strip());
      endBlock();
    }

    private void endBlock() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }

    String result() {
      return text.toString().strip();
    }
  }
}
