package se.styr.documents.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The body of the Word document as it is written, in reading order. It keeps what Word needs across
 * blocks: a page break waits for the next paragraph (as "page break before", so no empty line
 * starts the new page), two tables in a row get a paragraph between them (Word would join them),
 * and a change between upright and landscape pages ends the section with a section break.
 */
final class DocxBody {
  private final XWPFDocument document;
  private final CTBody body;
  private final DocxSections sections;
  private final DocxLists lists;
  private final Map<String, String> bookmarks = new HashMap<>();
  private final Set<String> bookmarkNames = new HashSet<>();
  private DocxPage page = DocxPage.PORTRAIT;
  private boolean firstSection = true;
  private boolean pageBreak;
  private boolean afterTable;
  private int bookmarkIds;
  private int drawingIds;

  DocxBody(XWPFDocument document, DocxSections sections, DocxLists lists) {
    this.document = document;
    this.body = document.getDocument().getBody();
    this.sections = sections;
    this.lists = lists;
  }

  XWPFDocument document() {
    return document;
  }

  DocxLists lists() {
    return lists;
  }

  DocxPage page() {
    return page;
  }

  /** A new paragraph in {@code style} (null: Normal) at the end of the body. */
  CTP paragraph(String style) {
    CTP paragraph = body.addNewP();
    if (style != null) {
      DocxText.style(paragraph, style);
    }
    if (pageBreak) {
      DocxText.properties(paragraph).addNewPageBreakBefore();
      pageBreak = false;
    }
    afterTable = false;
    return paragraph;
  }

  /** A new table at the end of the body; its rows and cells are the caller's to write. */
  CTTbl table() {
    if (afterTable || pageBreak) {
      spacer();
    }
    afterTable = true;
    return body.addNewTbl();
  }

  /** The next paragraph starts a new page. */
  void pageBreak() {
    pageBreak = true;
  }

  /** Continues on {@code next} pages; a change of orientation ends the section here. */
  void turn(DocxPage next) {
    if (next == page) {
      return;
    }
    // The section break starts a new page anyway; a page break before it would leave one empty.
    pageBreak = false;
    CTP end = spacer();
    sections.describe(DocxText.properties(end).addNewSectPr(), page, firstSection);
    firstSection = false;
    page = next;
  }

  /** Describes the last section and leaves the body ready to save. */
  void finish() {
    if (afterTable || body.sizeOfPArray() == 0 && body.sizeOfTblArray() == 0) {
      // Word wants a paragraph after a last table, and a body with at least one paragraph.
      paragraph(null);
    }
    CTSectPr last = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    sections.describe(last, page, firstSection);
  }

  /** A paragraph that only parts blocks: no height worth mentioning, never a page of its own. */
  private CTP spacer() {
    boolean breakBefore = pageBreak;
    pageBreak = false;
    CTP spacer = paragraph(null);
    CTPPr properties = DocxText.properties(spacer);
    if (breakBefore) {
      properties.addNewPageBreakBefore();
    }
    CTSpacing spacing = properties.addNewSpacing();
    spacing.setBefore(BigInteger.ZERO);
    spacing.setAfter(BigInteger.ZERO);
    spacing.setLine(BigInteger.valueOf(240));
    var mark = properties.addNewRPr();
    mark.addNewSz().setVal(BigInteger.valueOf(2));
    return spacer;
  }

  /** A new id for a drawing (a picture), unique in the document. */
  int drawingId() {
    return ++drawingIds;
  }

  /**
   * Writes {@code content} inside a bookmark named after {@code anchor}, the target of the
   * contents' links.
   */
  void bookmark(CTP paragraph, String anchor, Runnable content) {
    DocxText.bookmark(paragraph, ++bookmarkIds, bookmarkName(anchor), content);
  }

  /** The bookmark name of an anchor: the same for the same anchor, never the same for two. */
  String bookmarkName(String anchor) {
    return bookmarks.computeIfAbsent(
        anchor,
        a -> {
          String base = DocxText.bookmarkName(a);
          String name = base;
          for (int n = 2; !bookmarkNames.add(name); n++) {
            String suffix = "_" + n;
            name =
                base.substring(
                        0, Math.min(base.length(), DocxText.LONGEST_BOOKMARK - suffix.length()))
                    + suffix;
          }
          return name;
        });
  }
}
