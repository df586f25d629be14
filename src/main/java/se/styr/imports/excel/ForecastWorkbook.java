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
 * An occasion's economy as a workbook, in one of two forms ({@link Form}): the forecast workbook a
 * unit manager fills in (budget and outcome to date to read, the forecast and a comment to write)
 * or the occasion's whole economy table as it is printed (budget, budget to date, outcome to date,
 * last year's, forecast, deviation and comment, of which the outcomes, forecast and comment are
 * written). A sheet "Prognos" holds the committee and occasion, the deadline and instructions, and
 * a row per area; only the cells to write are open, the sheet is protected so that the rest stays
 * as Styr wrote it. Read back, each row is taken by its area's key; a figure is a number, a Swedish
 * number as text, or blank; every problem is named by its cell, all of them, and a workbook with
 * any is refused whole. The form is read from the header row.
 */
public final class ForecastWorkbook {
  public static final String SHEET = "Prognos";
  static final int HEADER_ROW = 5; // 0-based: the sixth row

  /** The longest comment a follow-up stores. */
  static final int LONGEST_COMMENT = 4000;

  private static final Pattern NOT_IN_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private ForecastWorkbook() {}

  /** A column of the workbook: its heading, and whether a person writes in it. */
  enum Column {
    NAME("excel.forecast.area", false),
    KEY("excel.forecast.key", false),
    BUDGET("excel.forecast.budget", false),
    BUDGET_TO_DATE("excel.economy.budgetToDate", false),
    OUTCOME("excel.forecast.outcome", true),
    OUTCOME_LAST_YEAR("excel.economy.outcomeLastYear", true),
    FORECAST("excel.forecast.forecast", true),
    DEVIATION("excel.economy.deviation", false),
    COMMENT("excel.forecast.comment", true);

    final String label;
    final boolean written;

    Column(String label, boolean written) {
      this.label = label;
      this.written = written;
    }
  }

  /** Which workbook: for forecasts, or the whole economy table. */
  public enum Form {
    /** Budget and outcome to read, forecast and comment to write. */
    FORECAST(
        List.of(
            Column.NAME,
            Column.KEY,
            Column.BUDGET,
            Column.OUTCOME,
            Column.FORECAST,
            Column.COMMENT)),
    /** The economy table as printed; outcomes, forecast and comment to write. */
    ECONOMY(
        List.of(
            Column.NAME,
            Column.KEY,
            Column.BUDGET,
            Column.BUDGET_TO_DATE,
            Column.OUTCOME,
            Column.OUTCOME_LAST_YEAR,
            Column.FORECAST,
            Column.DEVIATION,
            Column.COMMENT));

    final List<Column> columns;

    Form(List<Column> columns) {
      this.columns = columns;
    }

    int index(Column column) {
      return columns.indexOf(column);
    }

    boolean open(Column column) {
      if (column == Column.OUTCOME || column == Column.OUTCOME_LAST_YEAR) {
        return this == ECONOMY;
      }
      return column.written;
    }
  }

  /** One area as the workbook shows it; figures in the plan's unit, null where blank. */
  public record Line(
      String area,
      String name,
      BigDecimal budget,
      BigDecimal budgetToDate,
      BigDecimal outcomeToDate,
      BigDecimal outcomeToDateLastYear,
      BigDecimal forecast,
      BigDecimal deviation,
      String comment) {

    /** A line of the forecast workbook. */
    public Line(
        String area,
        String name,
        BigDecimal budget,
        BigDecimal outcomeToDate,
        BigDecimal forecast,
        String comment) {
      this(area, name, budget, null, outcomeToDate, null, forecast, null, comment);
    }

    BigDecimal figure(Column column) {
      return switch (column) {
        case BUDGET -> budget;
        case BUDGET_TO_DATE -> budgetToDate;
        case OUTCOME -> outcomeToDate;
        case OUTCOME_LAST_YEAR -> outcomeToDateLastYear;
        case FORECAST -> forecast;
        case DEVIATION -> deviation;
        default -> null;
      };
    }
  }

  /**
   * What a filled workbook says of one area: in either form its forecast (null: blank) and comment;
   * in the economy form also its outcomes to date ({@code form} says which were read). {@code cell}
   * names the row by its forecast cell.
   */
  public record Entry(
      String area,
      BigDecimal outcomeToDate,
      BigDecimal outcomeToDateLastYear,
      BigDecimal forecast,
      String comment,
      String cell,
      Form form) {

    /** An entry of the forecast workbook. */
    public Entry(String area, BigDecimal forecast, String comment, String cell) {
      this(area, null, null, forecast, comment, cell, Form.FORECAST);
    }
  }

  /**
   * The forecast workbook of {@code occasion}: see {@link #write(Form, String, String, LocalDate,
   * String, List)}.
   */
  public static byte[] write(
      String committee, String occasion, LocalDate deadline, String unit, List<Line> lines) {
    return write(Form.FORECAST, committee, occasion, deadline, unit, lines);
  }

  /**
   * The workbook in {@code form} for {@code occasion} of {@code committee}, amounts in {@code
   * unit}, to be returned by {@code deadline} (null: none stated).
   */
  public static byte[] write(
      Form form,
      String committee,
      String occasion,
      LocalDate deadline,
      String unit,
      List<Line> lines) {
    String u = unit == null ? "" : unit;
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
          words(
              form == Form.FORECAST ? "excel.forecast.instructions" : "excel.economy.instructions",
              u),
          null);
      text(sheet.createRow(3), 0, words("excel.forecast.keep"), null);
      Row head = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < form.columns.size(); c++) {
        text(head, c, words(form.columns.get(c).label, u), header);
      }
      int r = HEADER_ROW + 1;
      for (Line line : lines) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < form.columns.size(); c++) {
          Column column = form.columns.get(c);
          boolean writable = form.open(column);
          switch (column) {
            case NAME -> text(row, c, line.name(), null);
            case KEY -> text(row, c, line.area(), null);
            case COMMENT -> {
              Cell cell = row.createCell(c);
              cell.setCellStyle(openText);
              if (line.comment() != null) {
                cell.setCellValue(clean(line.comment()));
              }
            }
            default -> figure(row, c, line.figure(column), writable ? openNumber : number);
          }
        }
      }
      for (int c = 0; c < form.columns.size(); c++) {
        Column column = form.columns.get(c);
        sheet.setColumnWidth(
            c,
            (column == Column.NAME
                    ? 36
                    : column == Column.COMMENT ? 60 : column == Column.KEY ? 16 : 15)
                * 256);
      }
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
    Form form = form(sheet.getRow(headerRow.get()));
    int keyColumn = form.index(Column.KEY);
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = headerRow.get() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      String key = row == null ? null : text(row.getCell(keyColumn));
      if (key == null || key.isBlank()) {
        if (row != null
            && form.columns.stream()
                .filter(form::open)
                .anyMatch(c -> present(row.getCell(form.index(c))))) {
          problems.add(problem(file, r, keyColumn, Text.of("excel.noKey", ref(r, keyColumn))));
        }
        continue;
      }
      key = key.strip();
      if (!areas.contains(key)) {
        problems.add(
            problem(
                file,
                r,
                keyColumn,
                Text.of("excel.unknownArea", ref(r, keyColumn), shortened(key))));
        continue;
      }
      if (!seen.add(key)) {
        problems.add(problem(file, r, keyColumn, Text.of("excel.twice", ref(r, keyColumn), key)));
        continue;
      }
      BigDecimal[] figures = new BigDecimal[Column.values().length];
      boolean wrong = false;
      for (Column column : List.of(Column.OUTCOME, Column.OUTCOME_LAST_YEAR, Column.FORECAST)) {
        if (!form.open(column)) {
          continue;
        }
        int c = form.index(column);
        Cell cell = row.getCell(c);
        try {
          figures[column.ordinal()] = number(cell);
        } catch (IllegalArgumentException e) {
          problems.add(
              problem(file, r, c, Text.of("excel.notNumber", ref(r, c), shortened(text(cell)))));
          wrong = true;
        }
      }
      int commentColumn = form.index(Column.COMMENT);
      String comment = text(row.getCell(commentColumn));
      if (comment != null && comment.length() > LONGEST_COMMENT) {
        problems.add(
            problem(
                file,
                r,
                commentColumn,
                Text.of("excel.tooLong", ref(r, commentColumn), LONGEST_COMMENT)));
        wrong = true;
      }
      if (wrong) {
        continue;
      }
      entries.add(
          new Entry(
              key,
              figures[Column.OUTCOME.ordinal()],
              figures[Column.OUTCOME_LAST_YEAR.ordinal()],
              figures[Column.FORECAST.ordinal()],
              comment == null || comment.isBlank() ? null : comment.strip(),
              ref(r, form.index(Column.FORECAST)),
              form));
    }
    if (!problems.isEmpty()) {
      throw new BadFileException(problems);
    }
    return entries;
  }

  /** The form a header row shows: the economy table has the budget to date in its fourth column. */
  private static Form form(Row header) {
    String fourth = text(header.getCell(Form.ECONOMY.index(Column.BUDGET_TO_DATE)));
    String budgetToDate = words(Column.BUDGET_TO_DATE.label, "");
    String stem = budgetToDate.substring(0, budgetToDate.indexOf('(')).strip();
    return fourth != null && fourth.startsWith(stem) ? Form.ECONOMY : Form.FORECAST;
  }

  private static Optional<Integer> headerRow(Sheet sheet) {
    String key = words("excel.forecast.key");
    for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 50); r++) {
      Row row = sheet.getRow(r);
      if (row != null && key.equals(text(row.getCell(Form.FORECAST.index(Column.KEY))))) {
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

  /** A cell's text as a message quotes it: at most 40 characters. */
  private static String shortened(String text) {
    return se.styr.shared.yaml.YamlNumbers.abbreviate(text == null ? "" : text);
  }

  private static String words(String key, Object... arguments) {
    return Text.of(key, arguments).swedish();
  }
}
