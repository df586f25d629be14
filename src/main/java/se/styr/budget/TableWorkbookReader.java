package se.styr.budget;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.styr.imports.excel.SheetCells;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * A budget table read back from a workbook in the layout {@link TableWorkbook} exports it in: the
 * same columns and rows in the same order (a table's shape is changed in Styr, not in a sheet),
 * each figure a number, a Swedish number written as text, or blank; a cell that still holds the
 * note it was exported with keeps its figure as it was. Every wrong cell is named (C8: 'tolv' is
 * not a number), all of them, and a workbook with any is refused whole.
 */
public final class TableWorkbookReader {
  private TableWorkbookReader() {}

  /** One figure the workbook changes. */
  public record Change(
      String row, String column, String cell, BigDecimal before, BigDecimal after) {}

  /** The table with the workbook's figures, and what they change. */
  public record Read(BudgetTable table, List<Change> changes) {}

  public static Read read(InputStream in, String file, BudgetTable table) {
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(in);
    } catch (IOException | RuntimeException | LinkageError e) {
      throw BadFileException.of(file, Text.of("budget.workbook.notWorkbook"));
    }
    try (workbook) {
      if (workbook.getNumberOfSheets() == 0) {
        throw BadFileException.of(file, Text.of("budget.workbook.notWorkbook"));
      }
      return read(workbook.getSheetAt(0), file, table);
    } catch (BadFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw BadFileException.of(file, Text.of("budget.workbook.notWorkbook"));
    }
  }

  private static Read read(Sheet sheet, String file, BudgetTable table) {
    List<FileProblem> problems = new ArrayList<>();
    Row header = sheet.getRow(TableWorkbook.HEADER_ROW);
    for (int c = 0; c < table.columns().size(); c++) {
      TableColumn column = table.columns().get(c);
      String found = header == null ? null : text(header.getCell(c + 1));
      if (found == null || !found.strip().startsWith(column.label().strip())) {
        problems.add(
            problem(
                file,
                TableWorkbook.HEADER_ROW,
                c + 1,
                Text.of(
                    "budget.workbook.column",
                    ref(TableWorkbook.HEADER_ROW, c + 1),
                    found == null ? "" : found,
                    column.label())));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadFileException(problems);
    }
    BudgetTable read = table;
    List<Change> changes = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      TableRow row = table.rows().get(r);
      int at = TableWorkbook.HEADER_ROW + 1 + r;
      Row sheetRow = sheet.getRow(at);
      String label = sheetRow == null ? null : text(sheetRow.getCell(0));
      if (label == null || !TableWorkbook.xmlSafe(row.label()).strip().equals(label.strip())) {
        problems.add(
            problem(
                file,
                at,
                0,
                Text.of(
                    "budget.workbook.row", ref(at, 0), label == null ? "" : label, row.label())));
        continue;
      }
      for (int c = 0; c < table.columns().size(); c++) {
        Cell before = row.cell(c);
        org.apache.poi.ss.usermodel.Cell sheetCell = sheetRow.getCell(c + 1);
        BigDecimal value;
        try {
          value = figure(sheetCell, before);
        } catch (IllegalArgumentException e) {
          problems.add(
              problem(
                  file,
                  at,
                  c + 1,
                  Text.of(
                      "budget.workbook.notNumber", ref(at, c + 1), shortened(text(sheetCell)))));
          continue;
        }
        boolean same =
            before.value() == null
                ? value == null
                : value != null && before.value().compareTo(value) == 0;
        if (!same) {
          read =
              read.withCell(
                  row.key(), table.columns().get(c).key(), new Cell(value, before.note()));
          changes.add(
              new Change(
                  row.label(),
                  table.columns().get(c).label(),
                  ref(at, c + 1),
                  before.value(),
                  value));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadFileException(problems);
    }
    return new Read(read, changes);
  }

  /**
   * The figure a cell states ({@link SheetCells#figure}); a text that is the note the figure was
   * exported with, or the dash the plan prints, keeps the figure as it was.
   */
  private static BigDecimal figure(org.apache.poi.ss.usermodel.Cell cell, Cell before) {
    return keeps(SheetCells.text(cell), before) ? before.value() : SheetCells.figure(cell);
  }

  /** Whether a cell or pasted text repeats {@code before}'s note or printed form, keeping it. */
  static boolean keeps(String text, Cell before) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String t = text.strip();
    return t.equals(before.note()) || t.equals(before.printed());
  }

  private static String text(org.apache.poi.ss.usermodel.Cell cell) {
    return SheetCells.text(cell);
  }

  private static FileProblem problem(String file, int row, int column, Text text) {
    return new FileProblem(file, row + 1, column + 1, text);
  }

  private static String ref(int row, int column) {
    return SheetCells.ref(row, column);
  }

  /** A cell's text as a message quotes it: at most 40 characters. */
  private static String shortened(String text) {
    return se.styr.shared.yaml.YamlNumbers.abbreviate(text == null ? "" : text);
  }
}
