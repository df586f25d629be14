package se.styr.documents.docx;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import se.styr.texts.SectionMarkdown;

/**
 * A plan's Markdown text as Word paragraphs, by the rules {@link SectionMarkdown} applies to HTML:
 * paragraphs, real Word lists, bold and italic runs, block quotes indented, headings inside a text
 * as bold lead-ins (the document's own headings come from the plan's structure), code as plain
 * text, raw HTML as the text it was written as, images as their alt text, and links as hyperlinks
 * only to http, https and mailto addresses; any other link is its text alone.
 */
final class DocxMarkdown extends AbstractVisitor {
  private static final int QUOTE_INDENT = 397;
  private static final String LINK_CHARACTERS = "-._~:/?#@!$&'()*+,;=";

  private final DocxBody body;
  private final Deque<BigInteger> lists = new ArrayDeque<>();
  private CTP paragraph;
  private CTHyperlink link;
  private int bold;
  private int italic;
  private int quote;
  private boolean itemStarts;

  private DocxMarkdown(DocxBody body) {
    this.body = body;
  }

  static void write(DocxBody body, String markdown) {
    SectionMarkdown.parse(markdown).accept(new DocxMarkdown(body));
  }

  @Override
  public void visit(Paragraph node) {
    block(null, node);
  }

  @Override
  public void visit(Heading node) {
    block(DocxStyles.SUBHEADING, node);
  }

  @Override
  public void visit(BlockQuote node) {
    quote++;
    visitChildren(node);
    quote--;
  }

  @Override
  public void visit(BulletList node) {
    list(body.lists().bullets(), node);
  }

  @Override
  public void visit(OrderedList node) {
    Integer start = node.getMarkerStartNumber();
    list(body.lists().numbered(lists.size(), start == null ? 1 : start), node);
  }

  @Override
  public void visit(ListItem node) {
    itemStarts = true;
    visitChildren(node);
    if (itemStarts) {
      // An empty item still shows its bullet or number.
      start(null);
    }
  }

  @Override
  public void visit(FencedCodeBlock node) {
    literal(node.getLiteral());
  }

  @Override
  public void visit(IndentedCodeBlock node) {
    literal(node.getLiteral());
  }

  @Override
  public void visit(HtmlBlock node) {
    literal(node.getLiteral());
  }

  @Override
  public void visit(ThematicBreak node) {
    CTBorder line = DocxText.properties(start(null)).addNewPBdr().addNewBottom();
    line.setVal(STBorder.SINGLE);
    line.setSz(BigInteger.valueOf(4));
    line.setSpace(BigInteger.ONE);
    line.setColor("999999");
  }

  @Override
  public void visit(Text node) {
    text(node.getLiteral());
  }

  @Override
  public void visit(Code node) {
    text(node.getLiteral());
  }

  @Override
  public void visit(HtmlInline node) {
    text(node.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak node) {
    text(" ");
  }

  @Override
  public void visit(HardLineBreak node) {
    run().addNewBr();
  }

  @Override
  public void visit(Emphasis node) {
    italic++;
    visitChildren(node);
    italic--;
  }

  @Override
  public void visit(StrongEmphasis node) {
    bold++;
    visitChildren(node);
    bold--;
  }

  @Override
  public void visit(Link node) {
    String target = target(node.getDestination());
    if (target == null || link != null || paragraph == null) {
      visitChildren(node);
      return;
    }
    link = paragraph.addNewHyperlink();
    link.setId(
        body.document()
            .getPackagePart()
            .addExternalRelationship(target, XWPFRelation.HYPERLINK.getRelation())
            .getId());
    visitChildren(node);
    link = null;
  }

  // An image's children are its alt text, which the default visit writes as text.

  private void block(String style, Node node) {
    paragraph = start(style);
    visitChildren(node);
    paragraph = null;
  }

  private void list(BigInteger id, Node node) {
    if (itemStarts) {
      // A list that opens an item: the item's own sign comes first, on a line of its own.
      start(null);
    }
    lists.push(id);
    visitChildren(node);
    lists.pop();
    itemStarts = false;
  }

  private void literal(String text) {
    String lines = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    paragraph = start(null);
    text(lines);
    paragraph = null;
  }

  /** A new paragraph, placed in the list item or quote it belongs to. */
  private CTP start(String style) {
    CTP started = body.paragraph(style);
    if (!lists.isEmpty()) {
      if (itemStarts) {
        DocxLists.item(started, lists.peek(), lists.size() - 1);
        itemStarts = false;
      } else {
        DocxLists.continuation(started, lists.size() - 1);
      }
    } else if (quote > 0) {
      DocxText.style(started, DocxStyles.QUOTE);
      if (quote > 1) {
        DocxText.indentLeft(started, QUOTE_INDENT * quote);
      }
    }
    return started;
  }

  private void text(String text) {
    DocxText.text(run(), text);
  }

  private CTR run() {
    if (paragraph == null) {
      paragraph = start(null);
    }
    CTR run = link != null ? link.addNewR() : paragraph.addNewR();
    if (link != null) {
      CTRPr properties = run.addNewRPr();
      properties.addNewRStyle().setVal(DocxStyles.HYPERLINK);
    }
    DocxText.format(run, bold > 0, italic > 0);
    return run;
  }

  /**
   * Where a hyperlink may point: an http, https or mailto address that {@link
   * SectionMarkdown#safeUrl} allows, percent-encoded into a valid URI; null for anything else. A
   * relative address has nothing to be relative to in a file on someone's desk, so it stays text.
   */
  static String target(String destination) {
    String safe = SectionMarkdown.safeUrl(destination);
    if (safe == null) {
      return null;
    }
    String lower = safe.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http:") && !lower.startsWith("https:") && !lower.startsWith("mailto:")) {
      return null;
    }
    String encoded = encode(safe);
    try {
      new URI(encoded);
      return encoded;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String encode(String url) {
    StringBuilder encoded = new StringBuilder(url.length() + 16);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean escape =
          c == '%' && !(i + 2 < url.length() && hex(url.charAt(i + 1)) && hex(url.charAt(i + 2)));
      if (c < 0x80 && (Character.isLetterOrDigit(c) || LINK_CHARACTERS.indexOf(c) >= 0)
          || c == '%' && !escape) {
        encoded.append(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
        for (byte b : DocxText.clean(url.substring(i, end)).getBytes(StandardCharsets.UTF_8)) {
          encoded
              .append('%')
              .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        i = end - 1;
      }
    }
    return encoded.toString();
  }

  private static boolean hex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
