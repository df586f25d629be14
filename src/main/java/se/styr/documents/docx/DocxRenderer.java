package se.styr.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import se.styr.documents.model.DocumentWords;
import se.styr.documents.model.Printed;
import se.styr.documents.model.PrintedPlan;
import se.styr.documents.model.TitlePage;
import se.styr.texts.TextBlocks;

/**
 * Writes a {@link PrintedPlan} as a Word document (DOCX) that a committee's secretary opens and
 * edits in Word or LibreOffice: real headings, a table of contents Word updates on opening, Word
 * lists and tables, landscape sections for wide tables, running header and page numbers, the
 * draft's watermark and charts as SVG with a PNG beside them. It is written from the same model as
 * the HTML and PDF, not converted from them, so it holds the same words and figures.
 *
 * <p>Plain Java: every call builds its own document, so it is safe from any thread.
 */
public final class DocxRenderer {
  private final PrintedPlan plan;
  private final XWPFDocument document;
  private final DocxBody body;

  private DocxRenderer(PrintedPlan plan, XWPFDocument document) {
    this.plan = plan;
    this.document = document;
    DocxStyles.apply(document);
    this.body = new DocxBody(document, new DocxSections(document, plan), new DocxLists(document));
  }

  /** The plan as the bytes of a .docx file. */
  public static byte[] render(PrintedPlan plan) {
    try (XWPFDocument document = new XWPFDocument()) {
      new DocxRenderer(plan, document).write();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
      document.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write() {
    properties();
    titlePage();
    contents();
    List<DocxPage> pages = pages(plan.body());
    for (int i = 0; i < pages.size(); i++) {
      body.turn(pages.get(i));
      block(plan.body().get(i));
    }
    body.finish();
  }

  /**
   * The page each block is printed on. A wide table goes on landscape pages, and so do the
   * headings, facts and short texts that lead up to it, so that a heading is never left alone on an
   * upright page before its table; a run of goals with wide indicator tables becomes one landscape
   * section instead of alternating half-empty pages.
   */
  static List<DocxPage> pages(List<Printed> blocks) {
    DocxPage[] pages = new DocxPage[blocks.size()];
    Arrays.fill(pages, DocxPage.PORTRAIT);
    for (int i = 0; i < pages.length; i++) {
      if (blocks.get(i) instanceof Printed.Table table && table.table().landscape()) {
        pages[i] = DocxPage.LANDSCAPE;
        for (int j = i - 1; j >= 0 && leadsIn(blocks.get(j)); j--) {
          pages[j] = DocxPage.LANDSCAPE;
        }
      }
    }
    return List.of(pages);
  }

  private static boolean leadsIn(Printed block) {
    return block instanceof Printed.Heading
        || block instanceof Printed.Facts
        || block instanceof Printed.Paragraphs;
  }

  private void block(Printed block) {
    if (block instanceof Printed.Heading heading) {
      heading(heading);
    } else if (block instanceof Printed.Prose prose) {
      DocxMarkdown.write(body, prose.markdown());
    } else if (block instanceof Printed.Paragraphs paragraphs) {
      paragraphs(paragraphs.label(), paragraphs.text());
    } else if (block instanceof Printed.Facts facts) {
      DocxTables.facts(body, facts.facts());
    } else if (block instanceof Printed.Table table) {
      DocxTables.table(body, table.table());
    } else if (block instanceof Printed.Figure figure) {
      DocxCharts.figure(body, figure);
    } else if (block instanceof Printed.PageBreak) {
      body.pageBreak();
    }
  }

  private void properties() {
    POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
    core.setTitle(DocxText.clean(plan.title()));
    if (plan.description() != null) {
      core.setSubjectProperty(DocxText.clean(plan.description()));
      core.setDescription(DocxText.clean(plan.description()));
    }
    core.setCreator("Styr");
    core.setLastModifiedByUser("Styr");
    core.getUnderlyingProperties().setLanguageProperty(language());
    document.getProperties().getExtendedProperties().setApplication("Styr");
  }

  /** "sv-SE" for a Swedish plan: Word proofs by region. */
  private String language() {
    return plan.language().equals("sv") ? "sv-SE" : DocxText.clean(plan.language());
  }

  /**
   * Municipality, committee, the document's name as its title, the period and the facts; then a new
   * page.
   */
  private void titlePage() {
    TitlePage title = plan.titlePage();
    DocxText.run(body.paragraph(DocxStyles.MUNICIPALITY), title.municipality(), false, false);
    DocxText.run(body.paragraph(DocxStyles.COMMITTEE), title.committee(), false, false);
    DocxText.run(body.paragraph(DocxStyles.TITLE), title.documentType(), false, false);
    if (title.period() != null) {
      DocxText.run(body.paragraph(DocxStyles.PERIOD), title.period(), false, false);
    }
    DocxTables.facts(body, title.facts());
    body.pageBreak();
  }

  /**
   * "Innehåll" and a TOC field over the listed heading levels. The field's result is filled in with
   * the headings, each linked to its bookmark, so the list reads right before Word first updates it
   * (and in programs that never do); Word adds the page numbers when it updates the fields on
   * opening.
   */
  private void contents() {
    List<Printed.Heading> entries =
        plan.contents().stream().filter(Printed.Heading::listed).toList();
    if (plan.contentsDepth() == 0 || entries.isEmpty()) {
      return;
    }
    DocxText.run(
        body.paragraph(DocxStyles.TOC_HEADING),
        DocumentWords.get("document.contents"),
        false,
        false);
    String instruction = "TOC \\o \"1-" + plan.contentsDepth() + "\" \\h \\z \\u";
    CTP entry = null;
    for (Printed.Heading heading : entries) {
      entry = body.paragraph(DocxStyles.TOC + heading.level());
      if (heading == entries.get(0)) {
        DocxFields.begin(entry, instruction);
      }
      CTHyperlink link = entry.addNewHyperlink();
      link.setAnchor(body.bookmarkName(heading.anchor()));
      DocxText.text(link.addNewR(), heading.text());
    }
    DocxFields.end(entry);
    body.pageBreak();
  }

  private void heading(Printed.Heading heading) {
    CTP paragraph = body.paragraph(DocxStyles.HEADING + heading.level());
    if (!heading.listed()) {
      // Kept out of the contents: body text to the TOC field, though it looks like its level.
      DocxText.properties(paragraph).addNewOutlineLvl().setVal(BigInteger.valueOf(9));
    }
    body.bookmark(
        paragraph, heading.anchor(), () -> DocxText.run(paragraph, heading.text(), false, false));
  }

  /** A plan's plain text: its label in bold, then paragraphs and bullet lists word for word. */
  private void paragraphs(String label, TextBlocks text) {
    if (label != null && !label.isBlank()) {
      DocxText.run(body.paragraph(DocxStyles.LEAD), label, false, false);
    }
    for (TextBlocks.Block block : text.blocks()) {
      if (!block.list()) {
        DocxText.run(body.paragraph(null), block.text(), false, false);
        continue;
      }
      for (String item : block.items()) {
        CTP paragraph = body.paragraph(null);
        DocxLists.item(paragraph, body.lists().bullets(), 0);
        DocxText.run(paragraph, item, false, false);
      }
    }
  }
}
