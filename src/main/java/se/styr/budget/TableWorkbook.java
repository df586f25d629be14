package se.styr.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Unit;

/**
 * A budget table as an Excel workbook (.xlsx): one sheet named after the table, its title and unit
 * above, the column labels as a bold header frozen in place, one row per table row with each figure
 * as the plan states it (a number cell showing the printed decimals; nothing is recomputed), sums
 * in bold, the footnotes below. Every text is a text cell, so a label such as "=HYPERLINK(...)"
 * never becomes a formula.
 */
public final class TableWorkbook {
  static final int MAX_SHEET_NAME = 31;
  static final String FALLBACK_SHEET_NAME = "Tabell";
  private static final Pattern NOT_IN_SHEET_NAME = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");

  /** Characters that make a spreadsheet read a typed text as a formula. */
  private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

  /**
   * Excel keeps numbers as binary doubles, exact to 15 significant digits; longer figures stay
   * text.
   */
  private static final int EXCEL_DIGITS = 15;

  static final int HEADER_ROW = 3;

  /**
   * What XML 1.0, and so an .xlsx part, cannot hold: control characters other than tab and line
   * breaks.
   */
  private static final Pattern NOT_IN_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private final BudgetTable table;
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final XSSFSheet sheet;
  private final Map<String, XSSFCellStyle> styles = new HashMap<>();
  private final Map<Integer, XSSFFont> boldFonts = new HashMap<>();
  private final boolean noteColumn;
  private Drawing<?> drawing;

  private TableWorkbook(BudgetTable table) {
    this.table = table;
    this.sheet = workbook.createSheet(sheetName(table.title()));
    this.noteColumn = table.rows().stream().anyMatch(r -> r.note() != null && !r.note().isBlank());
  }

  /** The workbook's bytes. */
  public static byte[] xlsx(BudgetTable table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(table, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes the workbook to {@code out} and leaves the stream open. */
  public static void write(BudgetTable table, OutputStream out) throws IOException {
    TableWorkbook writer = new TableWorkbook(table);
    try (XSSFWorkbook workbook = writer.workbook) {
      writer.fill();
      workbook.write(out);
    }
  }

  /**
   * A title as Excel accepts a sheet name: none of []:*?/\ or control characters, no apostrophe at
   * either end, at most 31 characters, not empty and not the reserved "History".
   */
  static String sheetName(String title) {
    String name =
        NOT_IN_SHEET_NAME.matcher(xmlSafe(title)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^'+|'+$", "").strip();
    if (name.length() > MAX_SHEET_NAME) {
      int end = MAX_SHEET_NAME;
      if (Character.isHighSurrogate(name.charAt(end - 1))) {
        end--;
      }
      name = name.substring(0, end).strip().replaceAll("'+$", "").strip();
    }
    return name.isEmpty() || name.equalsIgnoreCase("History") ? FALLBACK_SHEET_NAME : name;
  }

  private void fill() {
    workbook.getProperties().getCoreProperties().setTitle(xmlSafe(table.title()));
    text(sheet.createRow(0).createCell(0), table.title(), "title");
    text(sheet.createRow(1).createCell(0), unitLine(), "plain");
    header();
    int r = HEADER_ROW + 1;
    for (TableRow row : table.rows()) {
      row(sheet.createRow(r++), row);
    }
    r++;
    for (String footnote : table.footnotes()) {
      text(sheet.createRow(r++).createCell(0), footnote, "plain");
    }
    sheet.createFreezePane(1, HEADER_ROW + 1);
    widths();
  }

  private String unitLine() {
    boolean money =
        table.kind().isMoney() || Unit.parse(table.unit()).map(Unit::isMoney).orElse(false);
    return money ? "Belopp i " + table.unit() : "Enhet: " + table.unit();
  }

  private void header() {
    XSSFRow header = sheet.createRow(HEADER_ROW);
    header.createCell(0).setCellStyle(textStyle("header", false));
    for (int c = 0; c < table.columns().size(); c++) {
      TableColumn column = table.columns().get(c);
      boolean ownUnit = column.unit() != null && !column.unit().equalsIgnoreCase(table.unit());
      text(
          header.createCell(c + 1),
          column.label() + (ownUnit ? " (" + column.unit() + ")" : ""),
          "header-figure");
    }
    if (noteColumn) {
      text(header.createCell(table.columns().size() + 1), "Anmärkning", "header");
    }
  }

  private void row(XSSFRow sheetRow, TableRow row) {
    boolean bold =
        row.role() == RowRole.TOTAL
            || row.role() == RowRole.SUBTOTAL
            || row.role() == RowRole.BALANCE;
    String labelStyle =
        bold || row.role() == RowRole.HEADING
            ? "bold"
            : row.role() == RowRole.OF_WHICH ? "indent" : "plain";
    text(sheetRow.createCell(0), row.label(), labelStyle);
    for (int c = 0; c < row.cells().size(); c++) {
      Cell cell = row.cell(c);
      if (cell.isBlank() && cell.note() == null) {
        continue;
      }
      XSSFCell sheetCell = sheetRow.createCell(c + 1);
      if (cell.isBlank()) {
        text(sheetCell, cell.note(), bold ? "bold" : "plain");
        continue;
      }
      figure(sheetCell, cell.value(), bold);
      if (cell.note() != null) {
        comment(sheetCell, cell.note());
      }
    }
    if (noteColumn && row.note() != null) {
      text(sheetRow.createCell(table.columns().size() + 1), row.note(), "wrap");
    }
  }

  /**
   * A stated figure as a number that shows its printed decimals; a figure Excel cannot hold exactly
   * as text.
   */
  private void figure(XSSFCell cell, BigDecimal value, boolean bold) {
    if (value.precision() > EXCEL_DIGITS) {
      text(cell, SwedishNumbers.format(value), bold ? "bold-figure" : "figure-text");
      return;
    }
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(numberStyle(Math.min(EXCEL_DIGITS, Math.max(0, value.scale())), bold));
  }

  private void text(XSSFCell cell, String value, String kind) {
    String safe = xmlSafe(value);
    cell.setCellValue(safe);
    cell.setCellStyle(textStyle(kind, FORMULA_START.matcher(safe).matches()));
  }

  /** Drops what XML cannot hold; a lone surrogate half becomes the replacement character. */
  static String xmlSafe(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        safe.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        safe.append('\uFFFD');
      } else {
        safe.append(c);
      }
    }
    return NOT_IN_XML.matcher(safe).replaceAll("");
  }

  private void comment(XSSFCell cell, String note) {
    if (drawing == null) {
      drawing = sheet.createDrawingPatriarch();
    }
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 4);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 3);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(workbook.getCreationHelper().createRichTextString(note));
    comment.setAuthor("Styr");
    cell.setCellComment(comment);
  }

  private XSSFCellStyle numberStyle(int decimals, boolean bold) {
    return styles.computeIfAbsent(
        "number-" + decimals + (bold ? "-bold" : ""),
        key -> {
          XSSFCellStyle style = workbook.createCellStyle();
          String format = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
          style.setDataFormat(workbook.createDataFormat().getFormat(format));
          if (bold) {
            style.setFont(bold(11));
          }
          return style;
        });
  }

  private XSSFCellStyle textStyle(String kind, boolean quoted) {
    return styles.computeIfAbsent(
        kind + (quoted ? "-quoted" : ""),
        key -> {
          XSSFCellStyle style = workbook.createCellStyle();
          // Excel's own mark for "this is text even if it looks like a formula", kept when a cell
          // is edited.
          style.setQuotePrefixed(quoted);
          switch (kind) {
            case "title" -> style.setFont(bold(14));
            case "bold" -> style.setFont(bold(11));
            case "header", "header-figure" -> {
              style.setFont(bold(11));
              style.setBorderBottom(BorderStyle.THIN);
              style.setWrapText(true);
              style.setVerticalAlignment(VerticalAlignment.BOTTOM);
              if (kind.equals("header-figure")) {
                style.setAlignment(HorizontalAlignment.RIGHT);
              }
            }
            case "indent" -> style.setIndention((short) 1);
            case "wrap" -> style.setWrapText(true);
            case "bold-figure" -> {
              style.setFont(bold(11));
              style.setAlignment(HorizontalAlignment.RIGHT);
            }
            case "figure-text" -> style.setAlignment(HorizontalAlignment.RIGHT);
            default -> {
              // plain text needs no more than the quote mark
            }
          }
          return style;
        });
  }

  private XSSFFont bold(int points) {
    return boldFonts.computeIfAbsent(
        points,
        size -> {
          XSSFFont font = workbook.createFont();
          font.setBold(true);
          font.setFontHeightInPoints(size.shortValue());
          return font;
        });
  }

  /**
   * Column A as wide as the longest label (within reason); figure columns as their figures, headers
   * wrap.
   */
  private void widths() {
    int label = table.rows().stream().mapToInt(r -> r.label().length()).max().orElse(10);
    sheet.setColumnWidth(0, characters(Math.min(60, Math.max(14, label + 2))));
    for (int c = 0; c < table.columns().size(); c++) {
      int column = c;
      int figures =
          table.rows().stream()
              .map(r -> r.cell(column))
              .filter(cell -> !cell.isBlank())
              .mapToInt(cell -> SwedishNumbers.format(cell.value()).length())
              .max()
              .orElse(4);
      int header = Math.min(18, table.columns().get(c).label().length());
      sheet.setColumnWidth(c + 1, characters(Math.min(30, Math.max(figures, header) + 3)));
    }
    if (noteColumn) {
      sheet.setColumnWidth(table.columns().size() + 1, characters(60));
    }
  }

  private static int characters(int count) {
    return count * 256;
  }
}
