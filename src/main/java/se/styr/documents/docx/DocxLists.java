package se.styr.documents.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * Bullet and numbered lists as Word numbering, so that Word and LibreOffice treat them as lists
 * (Tab indents an item, numbers follow edits) instead of typed bullets. All bullet lists share one
 * definition; each numbered list gets its own instance that restarts at its first number.
 */
final class DocxLists {
  /** Word has nine list levels; deeper Markdown lists stay at the ninth. */
  static final int DEEPEST = 8;

  private static final int INDENT = 360;
  private static final BigInteger BULLETS = BigInteger.ONE;
  private static final String[] BULLET_SIGNS = {"\u2022", "\u2013", "\u25aa"};
  private static final String[] NUMBER_FORMATS = {"decimal", "lowerLetter", "lowerRoman"};
  private static final String DEFINITIONS = definitions();

  private final CTNumbering numbering;
  private int lastNum = 1;

  DocxLists(XWPFDocument document) {
    try {
      numbering = NumberingDocument.Factory.parse(DEFINITIONS, DocxText.XML_OPTIONS).getNumbering();
    } catch (XmlException e) {
      throw new IllegalStateException("the DOCX list definitions do not parse", e);
    }
    num(BULLETS, 0);
    document.createNumbering().setNumbering(numbering);
  }

  /** The list all bullet lists use. */
  BigInteger bullets() {
    return BULLETS;
  }

  /** A new numbered list whose items at {@code level} count from {@code start}. */
  BigInteger numbered(int level, int start) {
    BigInteger id = BigInteger.valueOf(++lastNum);
    CTNum num = num(id, 1);
    CTNumLvl override = num.addNewLvlOverride();
    override.setIlvl(BigInteger.valueOf(level(level)));
    override.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(0, start)));
    return id;
  }

  /** Makes the paragraph an item of list {@code id} at {@code level} (0 for the outermost). */
  static void item(CTP paragraph, BigInteger id, int level) {
    DocxText.style(paragraph, DocxStyles.LIST);
    CTNumPr number = DocxText.properties(paragraph).addNewNumPr();
    number.addNewIlvl().setVal(BigInteger.valueOf(level(level)));
    number.addNewNumId().setVal(id);
  }

  /**
   * A further paragraph of an item at {@code level}: indented as the item's text, without a sign of
   * its own.
   */
  static void continuation(CTP paragraph, int level) {
    DocxText.style(paragraph, DocxStyles.LIST);
    DocxText.indentLeft(paragraph, INDENT * (level(level) + 1));
  }

  private CTNum num(BigInteger id, int abstractNum) {
    CTNum num = numbering.addNewNum();
    num.setNumId(id);
    num.addNewAbstractNumId().setVal(BigInteger.valueOf(abstractNum));
    return num;
  }

  private static int level(int level) {
    return Math.max(0, Math.min(DEEPEST, level));
  }

  private static String definitions() {
    StringBuilder xml = new StringBuilder(8192);
    xml.append(
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    for (int abstractNum = 0; abstractNum < 2; abstractNum++) {
      xml.append("<w:abstractNum w:abstractNumId=\"")
          .append(abstractNum)
          .append("\">")
          .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
      for (int level = 0; level <= DEEPEST; level++) {
        boolean bullet = abstractNum == 0;
        xml.append("<w:lvl w:ilvl=\"")
            .append(level)
            .append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
            .append(bullet ? "bullet" : NUMBER_FORMATS[level % 3])
            .append("\"/><w:lvlText w:val=\"")
            .append(bullet ? BULLET_SIGNS[level % 3] : "%" + (level + 1) + ".")
            .append("\"/><w:lvlJc w:val=\"left\"/>")
            .append("<w:pPr><w:ind w:left=\"")
            .append(INDENT * (level + 1))
            .append("\" w:hanging=\"")
            .append(INDENT)
            .append("\"/></w:pPr>");
        if (bullet) {
          xml.append(
              "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:hint=\"default\"/></w:rPr>");
        }
        xml.append("</w:lvl>");
      }
      xml.append("</w:abstractNum>");
    }
    return xml.append("</w:numbering>").toString();
  }
}
