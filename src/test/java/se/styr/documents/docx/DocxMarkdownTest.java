package se.styr.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styr.documents.docx.DocxReading.docx;
import static se.styr.documents.docx.DocxReading.paragraph;
import static se.styr.documents.docx.DocxReading.run;
import static se.styr.documents.model.PrintedPlanBuilder.plan;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** A plan's Markdown and plain texts in the DOCX: Word formatting, Word lists, safe links. */
class DocxMarkdownTest {
  @Test
  void markdownEmphasisBecomesBoldAndItalicRuns() {
    XWPFDocument docx =
        docx(plan().prose("Det här är **fet** och *kursiv* text, inte `kod`.").build());

    XWPFParagraph paragraph = paragraph(docx, "Det här är");
    assertThat(paragraph.getText()).isEqualTo("Det här är fet och kursiv text, inte kod.");
    assertThat(run(paragraph, "fet").isBold()).isTrue();
    assertThat(run(paragraph, "kursiv").isItalic()).isTrue();
    assertThat(run(paragraph, "Det här är ").isBold()).isFalse();
  }

  @Test
  void markdownListsBecomeWordNumberingAndEachNumberedListStartsAtItsOwnNumber() {
    XWPFDocument docx =
        docx(
            plan()
                .prose("- ett\n- två\n\n1. första\n2. andra\n\nText.\n\n7. sju\n8. åtta")
                .build());

    assertThat(paragraph(docx, "ett").getNumFmt()).isEqualTo("bullet");
    assertThat(paragraph(docx, "ett").getNumID()).isEqualTo(paragraph(docx, "två").getNumID());
    assertThat(paragraph(docx, "första").getNumFmt()).isEqualTo("decimal");
    assertThat(paragraph(docx, "första").getNumID()).isEqualTo(paragraph(docx, "andra").getNumID());
    assertThat(paragraph(docx, "sju").getNumID())
        .isNotEqualTo(paragraph(docx, "första").getNumID());
    assertThat(
            docx.getNumbering()
                .getNum(paragraph(docx, "sju").getNumID())
                .getCTNum()
                .getLvlOverrideArray(0)
                .getStartOverride()
                .getVal())
        .isEqualTo(BigInteger.valueOf(7));
    assertThat(paragraph(docx, "ett").getText()).doesNotContain("-").doesNotContain("•");
  }

  @Test
  void nestedListItemsGoOneLevelDeeper() {
    XWPFDocument docx = docx(plan().prose("- yttre\n  - inre").build());

    assertThat(paragraph(docx, "yttre").getNumIlvl()).isEqualTo(BigInteger.ZERO);
    assertThat(paragraph(docx, "inre").getNumIlvl()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void markdownLinksToWebAndMailAddressesBecomeHyperlinks() {
    XWPFDocument docx =
        docx(
            plan()
                .prose(
                    "Läs [planen](<https://lillby.se/plan 2025>) eller"
                        + " [mejla](mailto:info@lillby.se).")
                .build());

    List<String> urls =
        paragraph(docx, "Läs").getRuns().stream()
            .filter(XWPFHyperlinkRun.class::isInstance)
            .map(r -> ((XWPFHyperlinkRun) r).getHyperlink(docx).getURL())
            .toList();
    assertThat(urls).containsExactly("https://lillby.se/plan%202025", "mailto:info@lillby.se");
    assertThat(paragraph(docx, "Läs").getText()).isEqualTo("Läs planen eller mejla.");
  }

  @Test
  void javascriptAndRelativeLinksStayPlainText() throws Exception {
    XWPFDocument docx =
        docx(
            plan()
                .prose(
                    "[Klicka](javascript:alert(1)) eller [här](data:text/html,x) eller"
                        + " [där](/plan).")
                .build());

    XWPFParagraph paragraph = paragraph(docx, "Klicka");
    assertThat(paragraph.getText()).isEqualTo("Klicka eller här eller där.");
    assertThat(paragraph.getRuns()).noneMatch(XWPFHyperlinkRun.class::isInstance);
    assertThat(docx.getPackagePart().getRelationships().toString()).doesNotContain("javascript");
  }

  @Test
  void rawHtmlIsLiteralTextImagesTheirAltTextAndQuotesIndented() {
    XWPFDocument docx =
        docx(
            plan()
                .prose(
                    "Se <b onclick=\"x()\">detta</b> ![Karta över Lillby](https://lillby.se/k.png)"
                        + "\n\n<div>block</div>\n\n> Citat ur beslutet")
                .build());

    assertThat(paragraph(docx, "Se ").getText())
        .isEqualTo("Se <b onclick=\"x()\">detta</b> Karta över Lillby");
    assertThat(paragraph(docx, "<div>block</div>")).isNotNull();
    assertThat(paragraph(docx, "Citat ur beslutet").getStyle()).isEqualTo("Quote");
    assertThat(docx.getAllPictures()).isEmpty();
  }

  @Test
  void plainParagraphsHaveTheirLabelInBoldThenParagraphsAndBulletedItems() {
    XWPFDocument docx =
        docx(
            plan()
                .paragraphs("Uppföljning av målet", "Följs upp i delåret.\n\n- Enkät\n- Statistik")
                .build());

    assertThat(paragraph(docx, "Uppföljning av målet").getStyle()).isEqualTo("Lead");
    assertThat(docx.getStyles().getStyle("Lead").getCTStyle().getRPr().sizeOfBArray()).isOne();
    assertThat(paragraph(docx, "Följs upp i delåret.").getNumID()).isNull();
    assertThat(paragraph(docx, "Enkät").getNumFmt()).isEqualTo("bullet");
    assertThat(paragraph(docx, "Statistik").getNumFmt()).isEqualTo("bullet");
  }
}
