package se.styr.imports.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * The forecast workbook of one occasion: a sheet "Prognos" with the committee and occasion, the
 * deadline and instructions, and a row per area (name, key, full-year budget, outcome to date,
 * forecast, comment) of which only the forecast and comment cells are open; the sheet is protected
 * so that the rest stays as Styr wrote it. Read back, each row's forecast (a number, or a Swedish
 * number as text, or blank) and comment are taken by the area's key; every problem is named by its
 * cell, all of them, and a workbook with any is refused whole.
 */
public final class ForecastWorkbook {
  public static final String SHEET = "Prognos";
  static final int HEADER_ROW = 5; // 0-based: the sixth row
  static final int NAME = 0;
  static final int KEY = 1;
  static final int BUDGET = 2;
  static final int OUTCOME = 3;
  static final int FORECAST = 4;
  static final int COMMENT = 5;

  /** The longest comment a follow-up stores. */
  static final int LONGEST_COMMENT = 4000;

  private static final Pattern NOT_IN_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private ForecastWorkbook() {}

  /** One area as the workbook shows it; figures in the plan's unit, null where blank. */
  public record Line(
      String area,
      String name,
      BigDecimal budget,
      BigDecimal outcomeToDate,
      BigDecimal forecast,
      String comment) {}

  /** What a filled workbook says of one area: its forecast (null: blank) and comment. */
  public record Entry(String area, BigDecimal forecast, String comment, String cell) {}

  /**
   * The workbook for {@code occasion} of {@code committee}, amounts in {@code unit}, to be returned
   * by {@code deadline} (null: none stated).
   */
  public static byte[] write(
      String committee, String occasion, LocalDate deadline, String unit, List<Line> lines) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet(SHEET);
      XSSFFont bold = workbook.createFont();
      bold.setBold(true);
      XSSFCellStyle title = workbook.createCellStyle();
      title.setFont(bold);
      XSSFCellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
      XSSFCellStyle number = workbook.createCellStyle();
      number.setDataFormat(workbook.createDataFormat().getFormat("# ##0.0##;-# ##0.0##"));
      XSSFCellStyle open = workbook.createCellStyle();
      open.setLocked(false);
      open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      open.setBorderBottom(BorderStyle.THIN);
      XSSFCellStyle openNumber = workbook.createCellStyle();
      openNumber.cloneStyleFrom(open);
      openNumber.setDataFormat(number.getDataFormat());
      XSSFCellStyle openText = workbook.createCellStyle();
      openText.cloneStyleFrom(open);
      openText.setWrapText(true);

      text(sheet.createRow(0), 0, committee + " – " + occasion, title);
      text(
          sheet.createRow(1),
          0,
          deadline == null
              ? words("excel.forecast.noDeadline")
              : words("excel.forecast.deadline", deadline.toString()),
          title);
      text(
          sheet.createRow(2),
          0,
          words("excel.forecast.instructions", unit == null ? "" : unit),
          null);
      text(sheet.createRow(3), 0, words("excel.forecast.keep"), null);
      Row head = sheet.createRow(HEADER_ROW);
      String[] labels = {
        words("excel.forecast.area"),
        words("excel.forecast.key"),
        words("excel.forecast.budget", unit == null ? "" : unit),
        words("excel.forecast.outcome", unit == null ? "" : unit),
        words("excel.forecast.forecast", unit == null ? "" : unit),
        words("excel.forecast.comment")
      };
      for (int c = 0; c < labels.length; c++) {
        text(head, c, labels[c], header);
      }
      int r = HEADER_ROW + 1;
      for (Line line : lines) {
        Row row = sheet.createRow(r++);
        text(row, NAME, line.name(), null);
        text(row, KEY, line.area(), null);
        figure(row, BUDGET, line.budget(), number);
        figure(row, OUTCOME, line.outcomeToDate(), number);
        Cell forecast = row.createCell(FORECAST);
        forecast.setCellStyle(openNumber);
        if (line.forecast() != null) {
          forecast.setCellValue(line.forecast().doubleValue());
        }
        Cell comment = row.createCell(COMMENT);
        comment.setCellStyle(openText);
        if (line.comment() != null) {
          comment.setCellValue(clean(line.comment()));
        }
      }
      sheet.setColumnWidth(NAME, 36 * 256);
      sheet.setColumnWidth(KEY, 16 * 256);
      for (int c = BUDGET; c <= FORECAST; c++) {
        sheet.setColumnWidth(c, 16 * 256);
      }
      sheet.setColumnWidth(COMMENT, 60 * 256);
      sheet.createFreezePane(0, HEADER_ROW + 1);
      sheet.protectSheet("");
      sheet.lockFormatColumns(false);
      sheet.lockFormatRows(false);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entries of a filled workbook ({@code file} names it in problems) for the areas {@code
   * areas} knows; refused whole, every problem by its cell, if anything is wrong.
   */
  public static List<Entry> read(InputStream in, String file, Set<String> areas) {
    Workbook workbook;
    try {
      // an .xlsx only: no probing of other formats or compressions
      workbook = new XSSFWorkbook(in);
    } catch (IOException | RuntimeException | LinkageError e) {
      // POI says in many ways that bytes are no workbook; a zip entry compressed by a method
      // whose codec Styr does not ship ends in a LinkageError
      throw BadFileException.of(file, Text.of("excel.notWorkbook"));
    }
    try (workbook) {
      Sheet sheet = workbook.getSheet(SHEET);
      if (sheet == null) {
        throw BadFileException.of(file, Text.of("excel.noSheet", SHEET));
      }
      return entries(sheet, file, areas);
    } catch (BadFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw BadFileException.of(file, Text.of("excel.notWorkbook"));
    }
  }

  private static List<Entry> entries(Sheet sheet, String file, Set<String> areas) {
    List<FileProblem> problems = new ArrayList<>();
    Optional<Integer> headerRow = headerRow(sheet);
    if (headerRow.isEmpty()) {
      throw BadFileException.of(file, Text.of("excel.noHeader", SHEET));
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = headerRow.get() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      String key = row == null ? null : text(row.getCell(KEY));
      if (key == null || key.isBlank()) {
        if (row != null && (present(row.getCell(FORECAST)) || present(row.getCell(COMMENT)))) {
          problems.add(problem(file, r, KEY, Text.of("excel.noKey", ref(r, KEY))));
        }
        continue;
      }
      key = key.strip();
      if (!areas.contains(key)) {
        problems.add(
            problem(file, r, KEY, Text.of("excel.unknownArea", ref(r, KEY), shortened(key))));
        continue;
      }
      if (!seen.add(key)) {
        problems.add(problem(file, r, KEY, Text.of("excel.twice", ref(r, KEY), key)));
        continue;
      }
      BigDecimal forecast = null;
      Cell cell = row.getCell(FORECAST);
      try {
        forecast = number(cell);
      } catch (IllegalArgumentException e) {
        problems.add(
            problem(
                file,
                r,
                FORECAST,
                Text.of("excel.notNumber", ref(r, FORECAST), shortened(text(cell)))));
        continue;
      }
      String comment = text(row.getCell(COMMENT));
      if (comment != null && comment.length() > LONGEST_COMMENT) {
        problems.add(
            problem(file, r, COMMENT, Text.of("excel.tooLong", ref(r, COMMENT), LONGEST_COMMENT)));
        continue;
      }
      entries.add(
          new Entry(
              key,
              forecast,
              comment == null || comment.isBlank() ? null : comment.strip(),
              ref(r, FORECAST)));
    }
    if (!problems.isEmpty()) {
      throw new BadFileException(problems);
    }
    return entries;
  }

  private static Optional<Integer> headerRow(Sheet sheet) {
    String key = words("excel.forecast.key");
    for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 50); r++) {
      Row row = sheet.getRow(r);
      if (row != null && key.equals(text(row.getCell(KEY)))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** A number cell, a text cell with a (Swedish) number, or blank (null); else not a number. */
  static BigDecimal number(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case BLANK -> null;
      case NUMERIC -> {
        double value = cell.getNumericCellValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
          throw new IllegalArgumentException("not a number");
        }
        yield new BigDecimal(Double.toString(value)).stripTrailingZeros();
      }
      case STRING -> {
        String text = cell.getStringCellValue().strip();
        if (text.isEmpty()) {
          yield null;
        }
        yield SwedishNumbers.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
      }
      default -> throw new IllegalArgumentException("not a number");
    };
  }

  private static boolean present(Cell cell) {
    String text = text(cell);
    return text != null && !text.isBlank();
  }

  /** A cell's content as text (a number as Styr writes numbers), or null when empty. */
  static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          SwedishNumbers.format(
              new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros());
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> null;
    };
  }

  private static FileProblem problem(String file, int row, int column, Text text) {
    return new FileProblem(file, row + 1, column + 1, text);
  }

  /** The cell's name as a spreadsheet shows it: E14. */
  static String ref(int row, int column) {
    return new CellReference(row, column).formatAsString();
  }

  private static void text(Row row, int column, String value, XSSFCellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(clean(value == null ? "" : value));
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void figure(Row row, int column, BigDecimal value, XSSFCellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }

  /**
   * A text as a cell holds it: without what XML cannot carry (a text cell is never read as a
   * formula, whatever it starts with).
   */
  private static String clean(String text) {
    return NOT_IN_XML.matcher(text).replaceAll("");
  }

  private static String shortened(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  private static String words(String key, Object... arguments) {
    return Text.of(key, arguments).swedish();
  }
}
