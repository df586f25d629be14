package se.styr.imports.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * An occasion's economic tables as workbooks, in one of four forms ({@link Form}): the forecast
 * workbook a unit manager fills in (budget and outcome to date to read, the forecast and a comment
 * to write); the occasion's whole economy table as it is printed (budget, budget to date, outcome
 * to date, last year's, forecast, deviation and comment, of which the outcomes, forecast and
 * comment are written); the investment table (per project budget, outcome to date, forecast,
 * deviation and comment); and the gross table (per area revenue and cost, each with budget, outcome
 * to date and forecast). A sheet holds the committee and occasion, the deadline and instructions,
 * and a row per area or project; only the cells to write are open, the sheet is protected so that
 * the rest stays as Styr wrote it. Read back, each row is taken by its key; a figure is a number, a
 * Swedish number as text, or blank; every problem is named by its cell, all of them, and a workbook
 * with any is refused whole. The form is read from the sheet's name and its header row.
 */
public final class ForecastWorkbook {
  public static final String SHEET = "Prognos";
  static final int HEADER_ROW = 5; // 0-based: the sixth row

  /** The longest comment a follow-up stores. */
  static final int LONGEST_COMMENT = 4000;

  private static final Pattern NOT_IN_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private ForecastWorkbook() {}

  /**
   * A column of a workbook: its heading, and the figure it holds as changes name it ({@code
   * outcomeToDate}, {@code revenueForecast}; null for a column that holds no figure).
   */
  public enum Column {
    NAME("excel.forecast.area", null),
    PROJECT("excel.investments.project", null),
    KEY("excel.forecast.key", null),
    BUDGET("excel.forecast.budget", null),
    BUDGET_TO_DATE("excel.economy.budgetToDate", null),
    OUTCOME("excel.forecast.outcome", "outcomeToDate"),
    OUTCOME_LAST_YEAR("excel.economy.outcomeLastYear", "outcomeToDateLastYear"),
    FORECAST("excel.forecast.forecast", "forecast"),
    DEVIATION("excel.economy.deviation", null),
    REVENUE_BUDGET("excel.gross.revenueBudget", null),
    REVENUE_OUTCOME("excel.gross.revenueToDate", "revenueToDate"),
    REVENUE_FORECAST("excel.gross.revenueForecast", "revenueForecast"),
    COST_BUDGET("excel.gross.costBudget", null),
    COST_OUTCOME("excel.gross.costToDate", "costToDate"),
    COST_FORECAST("excel.gross.costForecast", "costForecast"),
    COMMENT("excel.forecast.comment", null);

    final String label;
    private final String figure;

    Column(String label, String figure) {
      this.label = label;
      this.figure = figure;
    }

    /** The figure as changes name it; null for a column of no written figure. */
    public String figure() {
      return figure;
    }
  }

  /** Which workbook: for forecasts, the whole economy table, the investments or the gross table. */
  public enum Form {
    /** Budget and outcome to read, forecast and comment to write. */
    FORECAST(
        SHEET,
        "excel.forecast.instructions",
        "excel.forecast.keep",
        List.of(
            Column.NAME,
            Column.KEY,
            Column.BUDGET,
            Column.OUTCOME,
            Column.FORECAST,
            Column.COMMENT),
        Set.of(Column.FORECAST, Column.COMMENT)),
    /** The economy table as printed; outcomes, forecast and comment to write. */
    ECONOMY(
        SHEET,
        "excel.economy.instructions",
        "excel.forecast.keep",
        List.of(
            Column.NAME,
            Column.KEY,
            Column.BUDGET,
            Column.BUDGET_TO_DATE,
            Column.OUTCOME,
            Column.OUTCOME_LAST_YEAR,
            Column.FORECAST,
            Column.DEVIATION,
            Column.COMMENT),
        Set.of(Column.OUTCOME, Column.OUTCOME_LAST_YEAR, Column.FORECAST, Column.COMMENT)),
    /** The investment table as printed: outcome to date, forecast and comment per project. */
    INVESTMENTS(
        "Investeringar",
        "excel.investments.instructions",
        "excel.investments.keep",
        List.of(
            Column.PROJECT,
            Column.KEY,
            Column.BUDGET,
            Column.OUTCOME,
            Column.FORECAST,
            Column.DEVIATION,
            Column.COMMENT),
        Set.of(Column.OUTCOME, Column.FORECAST, Column.COMMENT)),
    /** The gross table as printed: revenue and cost to date and forecast per area. */
    GROSS(
        "Brutto",
        "excel.gross.instructions",
        "excel.forecast.keep",
        List.of(
            Column.NAME,
            Column.KEY,
            Column.REVENUE_BUDGET,
            Column.REVENUE_OUTCOME,
            Column.REVENUE_FORECAST,
            Column.COST_BUDGET,
            Column.COST_OUTCOME,
            Column.COST_FORECAST),
        Set.of(
            Column.REVENUE_OUTCOME,
            Column.REVENUE_FORECAST,
            Column.COST_OUTCOME,
            Column.COST_FORECAST));

    final String sheet;
    private final String instructions;
    private final String keep;
    final List<Column> columns;
    private final Set<Column> open;

    Form(String sheet, String instructions, String keep, List<Column> columns, Set<Column> open) {
      this.sheet = sheet;
      this.instructions = instructions;
      this.keep = keep;
      this.columns = columns;
      this.open = open;
    }

    int index(Column column) {
      return columns.indexOf(column);
    }

    /** Whether a person writes in {@code column} (it is read back). */
    public boolean open(Column column) {
      return open.contains(column);
    }

    /** The figure columns read back, in the order of the sheet. */
    public List<Column> written() {
      return columns.stream().filter(c -> open(c) && c != Column.COMMENT).toList();
    }

    /** Whether its rows are investment projects (else operational areas). */
    public boolean projects() {
      return this == INVESTMENTS;
    }
  }

  /**
   * One area or project as the workbook shows it; figures in the plan's unit by column, a blank
   * figure absent.
   */
  public record Line(String key, String name, Map<Column, BigDecimal> figures, String comment) {
    public Line {
      figures = Map.copyOf(figures);
    }
  }

  /**
   * What a filled workbook says of one area or project: the figures of the columns its form writes
   * (a blank one absent) and, where the form has one, its comment; {@code row} is the sheet's row
   * (0-based) that said it.
   */
  public record Entry(
      String key, Map<Column, BigDecimal> figures, String comment, int row, Form form) {
    public Entry {
      figures = Map.copyOf(figures);
    }

    /** The figure in {@code column}, null where blank. */
    public BigDecimal figure(Column column) {
      return figures.get(column);
    }

    /** The cell of this row in {@code column}, as a spreadsheet names it: E14. */
    public String cell(Column column) {
      return ref(row, form.index(column));
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
      XSSFSheet sheet = workbook.createSheet(form.sheet);
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
      text(sheet.createRow(2), 0, words(form.instructions, u), null);
      text(sheet.createRow(3), 0, words(form.keep), null);
      Row head = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < form.columns.size(); c++) {
        text(head, c, words(form.columns.get(c).label, u), header);
      }
      int r = HEADER_ROW + 1;
      for (Line line : lines) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < form.columns.size(); c++) {
          Column column = form.columns.get(c);
          switch (column) {
            case NAME, PROJECT -> text(row, c, line.name(), null);
            case KEY -> text(row, c, line.key(), null);
            case COMMENT -> {
              Cell cell = row.createCell(c);
              cell.setCellStyle(openText);
              if (line.comment() != null) {
                cell.setCellValue(clean(line.comment()));
              }
            }
            default ->
                figure(row, c, line.figures().get(column), form.open(column) ? openNumber : number);
          }
        }
      }
      for (int c = 0; c < form.columns.size(); c++) {
        Column column = form.columns.get(c);
        sheet.setColumnWidth(
            c,
            (column == Column.NAME || column == Column.PROJECT
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
   * areas} knows, in the forecast or economy form; see {@link #read(InputStream, String,
   * Function)}.
   */
  public static List<Entry> read(InputStream in, String file, Set<String> areas) {
    return read(in, file, form -> form.projects() ? Set.of() : areas);
  }

  /**
   * The entries of a filled workbook in any form ({@code file} names it in problems) for the keys
   * {@code known} gives its form (the areas or projects the caller reports); refused whole, every
   * problem by its cell, if anything is wrong.
   */
  public static List<Entry> read(InputStream in, String file, Function<Form, Set<String>> known) {
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
      for (String name : sheets()) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet != null) {
          return entries(sheet, file, known);
        }
      }
      throw BadFileException.of(file, Text.of("excel.noSheet", String.join(", ", sheets())));
    } catch (BadFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw BadFileException.of(file, Text.of("excel.notWorkbook"));
    }
  }

  /** The sheets Styr's workbooks have, one per workbook. */
  private static List<String> sheets() {
    return java.util.Arrays.stream(Form.values()).map(f -> f.sheet).distinct().toList();
  }

  private static List<Entry> entries(Sheet sheet, String file, Function<Form, Set<String>> known) {
    List<FileProblem> problems = new ArrayList<>();
    Optional<Integer> headerRow = headerRow(sheet);
    if (headerRow.isEmpty()) {
      throw BadFileException.of(file, Text.of("excel.noHeader", sheet.getSheetName()));
    }
    Form form = form(sheet.getSheetName(), sheet.getRow(headerRow.get()));
    Set<String> keys = known.apply(form);
    String kind = form.projects() ? "Project" : "";
    int keyColumn = form.index(Column.KEY);
    int commentColumn = form.index(Column.COMMENT);
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
          problems.add(
              problem(file, r, keyColumn, Text.of("excel.noKey" + kind, ref(r, keyColumn))));
        }
        continue;
      }
      key = key.strip();
      if (!keys.contains(key)) {
        problems.add(
            problem(
                file,
                r,
                keyColumn,
                Text.of(
                    form.projects() ? "excel.unknownProject" : "excel.unknownArea",
                    ref(r, keyColumn),
                    shortened(key))));
        continue;
      }
      if (!seen.add(key)) {
        problems.add(
            problem(file, r, keyColumn, Text.of("excel.twice" + kind, ref(r, keyColumn), key)));
        continue;
      }
      Map<Column, BigDecimal> figures = new EnumMap<>(Column.class);
      boolean wrong = false;
      for (Column column : form.written()) {
        int c = form.index(column);
        Cell cell = row.getCell(c);
        try {
          BigDecimal figure = number(cell);
          if (figure != null) {
            figures.put(column, figure);
          }
        } catch (IllegalArgumentException e) {
          problems.add(
              problem(file, r, c, Text.of("excel.notNumber", ref(r, c), shortened(text(cell)))));
          wrong = true;
        }
      }
      String comment = commentColumn < 0 ? null : text(row.getCell(commentColumn));
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
              figures,
              comment == null || comment.isBlank() ? null : comment.strip(),
              r,
              form));
    }
    if (!problems.isEmpty()) {
      throw new BadFileException(problems);
    }
    return entries;
  }

  /**
   * The form of a sheet: of the forms written on a sheet of its name, the one whose headings the
   * header row shows most of (a heading compared without its unit).
   */
  private static Form form(String sheet, Row header) {
    Form best = null;
    long most = -1;
    for (Form form : Form.values()) {
      if (!form.sheet.equals(sheet)) {
        continue;
      }
      long same = 0;
      for (int c = 0; c < form.columns.size(); c++) {
        String shown = text(header.getCell(c));
        if (shown != null && stem(shown).equals(stem(words(form.columns.get(c).label, "")))) {
          same++;
        }
      }
      if (same > most) {
        best = form;
        most = same;
      }
    }
    return best;
  }

  /** A heading without its unit: "Budget ack (mkr)" is "Budget ack". */
  private static String stem(String heading) {
    int unit = heading.indexOf('(');
    return (unit < 0 ? heading : heading.substring(0, unit)).strip();
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

  static BigDecimal number(Cell cell) {
    return SheetCells.figure(cell);
  }

  private static boolean present(Cell cell) {
    String text = text(cell);
    return text != null && !text.isBlank();
  }

  static String text(Cell cell) {
    return SheetCells.text(cell);
  }

  private static FileProblem problem(String file, int row, int column, Text text) {
    return new FileProblem(file, row + 1, column + 1, text);
  }

  static String ref(int row, int column) {
    return SheetCells.ref(row, column);
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
