package se.styr.documents.docx;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import se.styr.documents.model.PrintedTable;
import se.styr.documents.model.TableFit;
import se.styr.documents.model.TitlePage;

/**
 * Tables as Word tables: a caption paragraph kept with the table, a header row Word repeats on
 * every page, rows that never split over two pages, figures right-aligned, totals and subtotals
 * bold (totals under a rule), group rows as one bold italic cell across the table, and notes below.
 * The table fills the text width; columns get their share by the widths {@link TableFit} estimates,
 * so the row labels get the room they need. Facts are a two-column table without borders.
 */
final class DocxTables {
  /** Indent of a row label per level ("varav" rows), as document.css indents them. */
  private static final int INDENT = 227;

  /** Tables this short are kept on one page, as the HTML keeps them. */
  private static final int SHORT = 12;

  private static final String RULE = "1A1A1A";

  private DocxTables() {}

  static void table(DocxBody body, PrintedTable table) {
    CTP caption = body.paragraph(DocxStyles.CAPTION);
    DocxText.keepWithNext(caption);
    body.bookmark(
        caption, table.anchor(), () -> DocxText.run(caption, table.title(), false, false));
    int[] widths = widths(table, body.page().textWidth());
    CTTbl grid = body.table();
    layout(grid, DocxStyles.PLAN_TABLE, table.title(), widths);
    boolean keep = table.rows().size() <= SHORT;
    CTRow header = row(grid, true);
    for (int c = 0; c < widths.length; c++) {
      PrintedTable.Column column = table.columns().get(c);
      CTTc cell = header.addNewTc();
      CTTcPr properties = width(cell, widths[c], 1);
      rule(properties.addNewTcBorders().addNewBottom());
      properties.addNewVAlign().setVal(STVerticalJc.BOTTOM);
      CTP text = text(cell, column.label(), column.numeric(), true, false);
      if (keep) {
        DocxText.keepWithNext(text);
      }
    }
    for (int r = 0; r < table.rows().size(); r++) {
      PrintedTable.Row row = table.rows().get(r);
      CTRow line = row(grid, false);
      boolean keepNext = keep && r + 1 < table.rows().size();
      if (row.kind() == PrintedTable.RowKind.GROUP) {
        CTP text = group(line.addNewTc(), widths, row.cells().get(0));
        if (keepNext) {
          DocxText.keepWithNext(text);
        }
        continue;
      }
      boolean bold = row.kind() != PrintedTable.RowKind.ITEM;
      for (int c = 0; c < widths.length; c++) {
        CTTc cell = line.addNewTc();
        CTTcPr properties = width(cell, widths[c], 1);
        if (row.kind() == PrintedTable.RowKind.TOTAL) {
          rule(properties.addNewTcBorders().addNewTop());
        }
        CTP text = text(cell, row.cells().get(c), table.columns().get(c).numeric(), bold, false);
        if (!row.lights().get(c).isEmpty()) {
          light(text, row.lights().get(c));
        }
        if (c == 0 && row.indent() > 0) {
          DocxText.indentLeft(text, INDENT * row.indent());
        }
        if (keepNext) {
          DocxText.keepWithNext(text);
        }
      }
    }
    for (String note : table.notes()) {
      DocxText.run(body.paragraph(DocxStyles.TABLE_NOTE), note, false, false);
    }
  }

  /** Labelled facts as a borderless two-column table, labels bold. */
  static void facts(DocxBody body, List<TitlePage.Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    int longest = facts.stream().mapToInt(f -> f.label().length()).max().orElse(0);
    int textWidth = body.page().textWidth();
    // About 120 twips to a character of bold 10.5 pt Arial.
    int label = Math.max(1_400, Math.min(textWidth / 2, longest * 120 + 300));
    int[] widths = {label, textWidth - label};
    CTTbl grid = body.table();
    layout(grid, DocxStyles.FACTS_TABLE, null, widths);
    for (int i = 0; i < facts.size(); i++) {
      TitlePage.Fact fact = facts.get(i);
      CTRow row = row(grid, false);
      CTTc labelCell = row.addNewTc();
      width(labelCell, widths[0], 1);
      CTP labelText = labelCell.addNewP();
      DocxText.style(labelText, DocxStyles.FACT);
      DocxText.run(labelText, fact.label(), true, false);
      CTTc valueCell = row.addNewTc();
      width(valueCell, widths[1], 1);
      CTP valueText = valueCell.addNewP();
      DocxText.style(valueText, DocxStyles.FACT);
      DocxText.run(valueText, fact.value(), false, false);
      if (i + 1 < facts.size()) {
        DocxText.keepWithNext(labelText);
        DocxText.keepWithNext(valueText);
      }
    }
  }

  /**
   * The table's width (the text width), fixed column widths, its style and, for screen readers, its
   * caption.
   */
  private static void layout(CTTbl table, String style, String caption, int[] widths) {
    CTTblPr properties = table.addNewTblPr();
    properties.addNewTblStyle().setVal(style);
    CTTblWidth width = properties.addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
    if (caption != null) {
      properties.addNewTblCaption().setVal(DocxText.clean(caption));
    }
    CTTblGrid grid = table.addNewTblGrid();
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
  }

  private static CTRow row(CTTbl table, boolean header) {
    CTRow row = table.addNewTr();
    CTTrPr properties = row.addNewTrPr();
    properties.addNewCantSplit();
    if (header) {
      properties.addNewTblHeader();
    }
    return row;
  }

  private static CTTcPr width(CTTc cell, int width, int span) {
    CTTcPr properties = cell.addNewTcPr();
    CTTblWidth w = properties.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    if (span > 1) {
      properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }
    return properties;
  }

  private static CTP text(CTTc cell, String text, boolean numeric, boolean bold, boolean italic) {
    CTP paragraph = cell.addNewP();
    DocxText.style(paragraph, DocxStyles.TABLE_TEXT);
    if (numeric) {
      DocxText.alignRight(paragraph);
    }
    if (!text.isEmpty()) {
      DocxText.run(paragraph, text, bold, italic);
    }
    return paragraph;
  }

  /** The colours of the traffic lights, as the PDF draws them (document.css). */
  private static final java.util.Map<String, String> LIGHT_COLOURS =
      java.util.Map.of("green", "2E7D32", "yellow", "F2B705", "red", "C62828", "grey", "9E9E9E");

  /**
   * A traffic light before the cell's word: a coloured circle, the first run of the paragraph (the
   * word beside it says the same, so colour is never the only sign).
   */
  private static void light(CTP paragraph, String colour) {
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR run =
        paragraph.sizeOfRArray() == 0 ? paragraph.addNewR() : paragraph.insertNewR(0);
    run.addNewRPr().addNewColor().setVal(LIGHT_COLOURS.get(colour));
    run.addNewT().setStringValue("\u25CF\u00A0");
  }

  /** A group row: one cell across the whole table. */
  private static CTP group(CTTc cell, int[] widths, String text) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    width(cell, total, widths.length);
    return text(cell, text, false, true, true);
  }

  private static void rule(CTBorder border) {
    border.setVal(STBorder.SINGLE);
    border.setSz(BigInteger.valueOf(8));
    border.setSpace(BigInteger.ZERO);
    border.setColor(RULE);
  }

  /**
   * Column widths in twips that fill {@code textWidth}, in proportion to the widths the table
   * needs.
   */
  static int[] widths(PrintedTable table, int textWidth) {
    double[] need = TableFit.widths(table);
    double sum = 0;
    for (double n : need) {
      sum += n;
    }
    int[] widths = new int[need.length];
    int used = 0;
    for (int c = 0; c < need.length - 1; c++) {
      widths[c] = (int) Math.floor(textWidth * need[c] / sum);
      used += widths[c];
    }
    widths[need.length - 1] = textWidth - used;
    return widths;
  }
}
