package se.styr.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import se.styr.documents.model.PrintedPlan;

/** Reads a rendered DOCX back for the tests, with POI and with the JDK's strict XML parser. */
final class DocxReading {
  private DocxReading() {}

  static XWPFDocument docx(PrintedPlan plan) {
    return reopen(DocxRenderer.render(plan));
  }

  static XWPFDocument reopen(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every XML part parses with the JDK's strict parser, not only with POI's. */
  static void everyPartIsWellFormedXml(byte[] docx) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    int parts = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().endsWith(".xml")
            || entry.getName().endsWith(".rels")
            || entry.getName().endsWith(".svg")) {
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
          parts++;
        }
      }
    }
    assertThat(parts).isGreaterThan(5);
  }

  static String xml(XWPFDocument docx) {
    return docx.getDocument().xmlText();
  }

  static List<String> headings(XWPFDocument docx) {
    return docx.getParagraphs().stream()
        .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
        .map(p -> p.getStyle() + ":" + p.getText())
        .toList();
  }

  /**
   * The first body paragraph whose text starts with {@code text}, entries of the contents aside.
   */
  static XWPFParagraph paragraph(XWPFDocument docx, String text) {
    return docx.getParagraphs().stream()
        .filter(p -> p.getStyle() == null || !p.getStyle().matches("TOC\\d"))
        .filter(p -> p.getText().startsWith(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starts with " + text));
  }

  /** Word reads a bare {@code <w:pageBreakBefore/>} as on; POI's isPageBreak() does not. */
  static boolean startsPage(XWPFParagraph paragraph) {
    return paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetPageBreakBefore();
  }

  static XWPFRun run(XWPFParagraph paragraph, String text) {
    return paragraph.getRuns().stream()
        .filter(r -> text.equals(r.text()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no run " + text));
  }

  static XWPFTable planTable(XWPFDocument docx) {
    return docx.getTables().stream()
        .filter(t -> "PlanTable".equals(t.getStyleID()))
        .findFirst()
        .orElseThrow();
  }

  static XWPFTableRow row(XWPFTable table, String label) {
    return table.getRows().stream()
        .filter(r -> r.getCell(0).getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label));
  }

  static XWPFRun runOf(XWPFTableCell cell) {
    return cell.getParagraphs().get(0).getRuns().get(0);
  }

  static ParagraphAlignment alignment(XWPFTableCell cell) {
    return cell.getParagraphs().get(0).getAlignment();
  }

  /**
   * The section each body element is in: a section ends with the paragraph that holds its setup,
   * the last with the body.
   */
  static Map<IBodyElement, CTSectPr> sections(XWPFDocument docx) {
    Map<IBodyElement, CTSectPr> sections = new IdentityHashMap<>();
    List<IBodyElement> pending = new ArrayList<>();
    for (IBodyElement element : docx.getBodyElements()) {
      pending.add(element);
      if (element instanceof XWPFParagraph p
          && p.getCTP().isSetPPr()
          && p.getCTP().getPPr().isSetSectPr()) {
        pending.forEach(e -> sections.put(e, p.getCTP().getPPr().getSectPr()));
        pending.clear();
      }
    }
    pending.forEach(e -> sections.put(e, docx.getDocument().getBody().getSectPr()));
    return sections;
  }

  static boolean upright(CTSectPr section) {
    return section.getPgSz().getOrient() == STPageOrientation.PORTRAIT
        && ((BigInteger) section.getPgSz().getW()).compareTo((BigInteger) section.getPgSz().getH())
            < 0;
  }

  static String reference(List<CTHdrFtrRef> references, STHdrFtr.Enum type) {
    return references.stream()
        .filter(r -> r.getType() == type)
        .map(CTHdrFtrRef::getId)
        .findFirst()
        .orElse(null);
  }
}
