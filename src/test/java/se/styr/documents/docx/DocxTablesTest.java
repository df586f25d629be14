package se.styr.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styr.documents.docx.DocxReading.alignment;
import static se.styr.documents.docx.DocxReading.docx;
import static se.styr.documents.docx.DocxReading.paragraph;
import static se.styr.documents.docx.DocxReading.planTable;
import static se.styr.documents.docx.DocxReading.row;
import static se.styr.documents.docx.DocxReading.runOf;
import static se.styr.documents.model.PrintedPlanBuilder.budget;
import static se.styr.documents.model.PrintedPlanBuilder.plan;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** Tables and facts in the DOCX: Word tables that keep their structure over pages. */
class DocxTablesTest {
  @Test
  void tableHasACaptionKeptWithItAHeaderRowRepeatedOnEveryPageAndRowsThatDoNotSplit() {
    XWPFDocument docx = docx(plan().table(budget("Driftbudget", false)).build());

    XWPFParagraph caption = paragraph(docx, "Driftbudget (tkr)");
    assertThat(caption.getStyle()).isEqualTo("Caption");
    assertThat(caption.getCTP().getPPr().isSetKeepNext()).isTrue();
    XWPFTable table = planTable(docx);
    assertThat(table.getRow(0).isRepeatHeader()).isTrue();
    assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold())
        .isTrue();
    assertThat(table.getRows()).allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
    assertThat(table.getRows().subList(1, table.getRows().size()))
        .noneMatch(XWPFTableRow::isRepeatHeader);
    assertThat(table.getCTTbl().getTblPr().getTblW().getW()).hasToString("5000");
    assertThat(paragraph(docx, "Beloppen avser nettokostnad.").getStyle()).isEqualTo("TableNote");
  }

  @Test
  void figuresAreRightAlignedAndTextsLeftAligned() {
    XWPFTableRow row =
        row(planTable(docx(plan().table(budget("Driftbudget", false)).build())), "Hemtjänst");

    assertThat(alignment(row.getCell(0))).isNotEqualTo(ParagraphAlignment.RIGHT);
    assertThat(alignment(row.getCell(1))).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(alignment(row.getCell(2))).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(alignment(row.getCell(3))).isNotEqualTo(ParagraphAlignment.RIGHT);
  }

  @Test
  void totalsAreBoldUnderARuleSubtotalsBoldGroupsOneBoldItalicCellAndPartsIndented() {
    XWPFTable table = planTable(docx(plan().table(budget("Driftbudget", false)).build()));

    XWPFTableRow total = row(table, "Summa");
    assertThat(total.getTableCells())
        .allSatisfy(
            cell -> {
              assertThat(cell.getCTTc().getTcPr().getTcBorders().getTop().getVal())
                  .isEqualTo(STBorder.SINGLE);
              cell.getParagraphs()
                  .get(0)
                  .getRuns()
                  .forEach(run -> assertThat(run.isBold()).isTrue());
            });
    assertThat(runOf(row(table, "Summa vård").getCell(1)).isBold()).isTrue();
    assertThat(runOf(row(table, "Hemtjänst").getCell(1)).isBold()).isFalse();
    XWPFTableRow group = row(table, "Verksamhet");
    assertThat(group.getTableCells()).hasSize(1);
    assertThat(group.getCell(0).getCTTc().getTcPr().getGridSpan().getVal())
        .isEqualTo(BigInteger.valueOf(4));
    assertThat(runOf(group.getCell(0)).isBold()).isTrue();
    assertThat(runOf(group.getCell(0)).isItalic()).isTrue();
    assertThat(
            row(table, "varav nattpatrull").getCell(0).getParagraphs().get(0).getIndentationLeft())
        .isPositive();
    assertThat(row(table, "Hemtjänst").getCell(0).getParagraphs().get(0).getIndentationLeft())
        .isNotPositive();
  }

  @Test
  void labelColumnIsWiderThanTheFigureColumns() {
    int[] widths = DocxTables.widths(budget("Driftbudget", false), DocxPage.PORTRAIT.textWidth());

    assertThat(widths[0]).isGreaterThan(widths[1]);
    assertThat(widths[0] + widths[1] + widths[2] + widths[3])
        .isEqualTo(DocxPage.PORTRAIT.textWidth());
  }

  @Test
  void factsAreABorderlessTwoColumnTableWithLabelsInBold() {
    XWPFDocument docx =
        docx(plan().facts("Ansvarig", "Förvaltningschef", "Dnr", "2024/00152").build());

    XWPFTable facts =
        docx.getTables().stream()
            .filter(t -> t.getText().contains("Förvaltningschef"))
            .findFirst()
            .orElseThrow();
    assertThat(facts.getRows())
        .hasSize(2)
        .allSatisfy(row -> assertThat(row.getTableCells()).hasSize(2));
    assertThat(facts.getStyleID()).isEqualTo("FactsTable");
    assertThat(docx.getStyles().getStyle("FactsTable").getCTStyle().xmlText())
        .doesNotContain("tblBorders");
    assertThat(runOf(facts.getRow(1).getCell(0)).isBold()).isTrue();
    assertThat(runOf(facts.getRow(1).getCell(1)).isBold()).isFalse();
  }
}
