package se.styr.documents.docx;

import java.math.BigInteger;
import org.apache.xmlbeans.XmlOptions;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * Text as WordprocessingML holds it: every string that reaches the document passes {@link #clean},
 * so that no plan text, however it was typed or imported, can make the file unreadable; line breaks
 * and tabs become Word's own break and tab elements, and spaces are kept as written.
 */
final class DocxText {
  /** Word refuses bookmark names longer than this. */
  static final int LONGEST_BOOKMARK = 40;

  /** For the parts written as XML text: the line breaks between their elements are not kept. */
  static final XmlOptions XML_OPTIONS = new XmlOptions().setLoadStripWhitespace();

  private DocxText() {}

  /**
   * The text without the characters XML 1.0 cannot hold (most C0 controls, lone surrogates,
   * U+FFFE/U+FFFF).
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    int i = 0;
    while (i < text.length() && allowed(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    clean.append(text, 0, i);
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0x10000 || allowed(c) && !Character.isSurrogate((char) c)) {
        clean.appendCodePoint(c);
      }
    }
    return clean.toString();
  }

  private static boolean allowed(int c) {
    return c >= 0x20 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r';
  }

  /** A run of {@code text} at the end of {@code paragraph}. */
  static CTR run(CTP paragraph, String text, boolean bold, boolean italic) {
    CTR run = paragraph.addNewR();
    format(run, bold, italic);
    text(run, text);
    return run;
  }

  /** Bold and italic as direct formatting, added in the order the schema lists them. */
  static void format(CTR run, boolean bold, boolean italic) {
    if (bold || italic) {
      CTRPr properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
      if (bold) {
        properties.addNewB();
        properties.addNewBCs();
      }
      if (italic) {
        properties.addNewI();
        properties.addNewICs();
      }
    }
  }

  /** Appends {@code text} to the run: line breaks as {@code w:br}, tabs as {@code w:tab}. */
  static void text(CTR run, String text) {
    String clean = clean(text);
    int start = 0;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        plain(run, clean.substring(start, i));
        if (c == '\t') {
          run.addNewTab();
        } else if (c == '\n' || i + 1 == clean.length() || clean.charAt(i + 1) != '\n') {
          run.addNewBr();
        }
        start = i + 1;
      }
    }
    plain(run, clean.substring(start));
  }

  private static void plain(CTR run, String text) {
    if (!text.isEmpty()) {
      CTText t = run.addNewT();
      t.setStringValue(text);
      t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
  }

  static CTPPr properties(CTP paragraph) {
    return paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
  }

  static void style(CTP paragraph, String styleId) {
    CTPPr properties = properties(paragraph);
    (properties.isSetPStyle() ? properties.getPStyle() : properties.addNewPStyle()).setVal(styleId);
  }

  static void keepWithNext(CTP paragraph) {
    CTPPr properties = properties(paragraph);
    if (!properties.isSetKeepNext()) {
      properties.addNewKeepNext();
    }
  }

  static void alignRight(CTP paragraph) {
    properties(paragraph).addNewJc().setVal(STJc.RIGHT);
  }

  static void indentLeft(CTP paragraph, int twips) {
    properties(paragraph).addNewInd().setLeft(BigInteger.valueOf(twips));
  }

  /**
   * Marks the paragraph's whole content so that the table of contents and links can point to it.
   */
  static void bookmark(CTP paragraph, int id, String name, Runnable content) {
    CTBookmark start = paragraph.addNewBookmarkStart();
    start.setId(BigInteger.valueOf(id));
    start.setName(name);
    content.run();
    paragraph.addNewBookmarkEnd().setId(BigInteger.valueOf(id));
  }

  /**
   * The bookmark for a document anchor: Word takes letters, digits and underscores, starting with a
   * letter, at most 40 characters, so "t-driftsammandrag-2" becomes "t_driftsammandrag_2".
   */
  static String bookmarkName(String anchor) {
    StringBuilder name = new StringBuilder(anchor.length());
    for (int i = 0; i < anchor.length() && name.length() < LONGEST_BOOKMARK; i++) {
      char c = anchor.charAt(i);
      name.append(c < 0x80 && Character.isLetterOrDigit(c) ? c : '_');
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, 'a');
      name.setLength(Math.min(name.length(), LONGEST_BOOKMARK));
    }
    return name.toString();
  }
}
