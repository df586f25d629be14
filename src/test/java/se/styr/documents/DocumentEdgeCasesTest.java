package se.styr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.styr.documents.html.HtmlRenderer;
import se.styr.documents.model.DocumentLayout;
import se.styr.documents.model.PlanPrinter;
import se.styr.documents.model.PrintedPlan;
import se.styr.documents.pdf.PdfText;
import se.styr.it.HostileInput;

/**
 * Bad input printed in every format: a plan without decision data, hostile text in a section, and a
 * table far too wide for A4. Each prints, says nothing it does not know, runs nothing, cuts off
 * nothing.
 */
class DocumentEdgeCasesTest {

  @Test
  void aPlanWithoutDecisionDataPrintsWithTheFieldsLeftOutInEveryFormat() throws IOException {
    PrintedPlan printed =
        PlanPrinter.print(
            DocumentPlans.plan(
                "{number: 1, status: decided, decisions: [{date: 2024-10-14}]}",
                DocumentPlans.TABLE,
                ""),
            DocumentLayout.DEFAULT);

    String html = HtmlRenderer.page(printed);
    String pdf = PdfText.content(PlanDocuments.render(printed, DocumentFormat.PDF));
    String docx = docxText(PlanDocuments.render(printed, DocumentFormat.DOCX));

    for (String text : List.of(html, pdf, docx)) {
      assertThat(text)
          .contains("2024-10-14")
          .doesNotContain("null")
          .doesNotContain("Paragraf")
          .doesNotContain("Diarienummer")
          .doesNotContain("Ordförande");
    }
  }

  @Test
  void hostileHtmlAndMarkdownInASectionPrintAsTextInEveryFormat() throws IOException {
    PrintedPlan printed =
        PlanPrinter.print(
            DocumentPlans.plan(
                DocumentPlans.DRAFT,
                """
                  - section: farlig
                    title: Rubrik <script>alert(1)</script>
                    text: |
                      <script>alert(1)</script> <img src=x onerror=alert(1)> [klicka här](javascript:alert(2))

                      <a href="javascript:alert(3)" onclick="alert(4)">länk</a> ${sju} [[${sju}]]
                """,
                ""),
            DocumentLayout.DEFAULT);

    HostileInput.assertInert(HtmlRenderer.page(printed));
    byte[] pdf = PlanDocuments.render(printed, DocumentFormat.PDF);
    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("/JavaScript")
        .doesNotContain("/JS");
    assertThat(PdfText.content(pdf))
        .contains("<script>alert(1)</script>")
        .contains("klicka här")
        .contains("${sju} [[${sju}]]");
    byte[] docx = PlanDocuments.render(printed, DocumentFormat.DOCX);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(document.getHyperlinks())
          .noneMatch(h -> h.getURL().toLowerCase().contains("javascript"));
      assertThat(new XWPFWordExtractor(document).getText())
          .contains("<script>alert(1)</script>")
          .contains("klicka här");
    }
  }

  @Test
  void aTableTooWideForA4IsPrintedOnLandscapePagesWithEveryFigureInEveryFormat()
      throws IOException {
    StringBuilder columns = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (int year = 2020; year <= 2049; year++) {
      columns
          .append("      - {key: p")
          .append(year)
          .append(", label: 'Prognos ")
          .append(year)
          .append("', type: forecast, year: ")
          .append(year)
          .append("}\n");
      values.append(values.length() == 0 ? "" : ", ").append(1_234_000 + year);
    }
    PrintedPlan printed =
        PlanPrinter.print(
            DocumentPlans.plan(
                DocumentPlans.DRAFT,
                """
                  - table: befolkning
                    kind: statistics
                    title: Befolkningsprognos
                    unit: antal
                    columns:
                %s
                    rows:
                      - {key: alla, label: Folkmängd, values: [%s]}
                """
                    .formatted(
                        columns.toString().stripTrailing().indent(4).stripTrailing(), values),
                ""),
            DocumentLayout.DEFAULT);
    List<String> figures = new ArrayList<>();
    for (int year = 2020; year <= 2049; year++) {
      figures.add(
          se.styr.shared.SwedishNumbers.format(java.math.BigDecimal.valueOf(1_234_000 + year)));
    }

    byte[] pdf = PlanDocuments.render(printed, DocumentFormat.PDF);
    String text = SeedFidelity.normalise(PdfText.content(pdf));
    String docx =
        SeedFidelity.normalise(docxText(PlanDocuments.render(printed, DocumentFormat.DOCX)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Boolean> landscape = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
      }
      assertThat(landscape).contains(true);
    }
    for (String figure : figures) {
      assertThat(text).contains(figure);
      assertThat(docx).contains(figure);
    }
    assertThat(text).contains("Befolkningsprognos (forts.) (antal)");
  }

  private static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }
}
