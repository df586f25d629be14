package se.styr.documents.model;

import java.util.ArrayList;
import java.util.List;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.TableColumn;
import se.styr.budget.TableRow;

/**
 * A budget table as printed: its figures in Swedish format at their stated precision, in the unit
 * the plan states (the caption carries it; a column in another unit says so in its header), totals
 * and subtotals marked, parts ("varav") indented, rows with a two-level label under their first
 * level as a heading, and the rows' comments in a last column where any row has one, as the plans
 * print them after the amount.
 */
public final class TablePrint {
  /** Thousands are parted by a no-break space so that a figure never breaks over two lines. */
  static final char THOUSANDS = '\u00a0';

  private TablePrint() {}

  static PrintedTable of(BudgetTable table, String anchor) {
    boolean comments = table.rows().stream().anyMatch(r -> r.note() != null && !r.note().isBlank());
    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(new PrintedTable.Column("", false));
    for (TableColumn column : table.columns()) {
      columns.add(new PrintedTable.Column(header(column), true));
    }
    if (comments) {
      columns.add(new PrintedTable.Column(DocumentWords.get("document.table.note"), false));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    String parent = null;
    for (TableRow row : table.rows()) {
      // A two-level label: its first level once as a heading above the rows that share it.
      if (row.parent() != null && !row.parent().equals(parent)) {
        List<String> heading = new ArrayList<>();
        heading.add(row.parent());
        for (int i = 1; i < columns.size(); i++) {
          heading.add("");
        }
        rows.add(new PrintedTable.Row(heading, PrintedTable.RowKind.GROUP, 0));
      }
      parent = row.parent();
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      for (Cell cell : row.cells()) {
        cells.add(figure(cell));
      }
      if (comments) {
        cells.add(row.note() == null ? "" : row.note());
      }
      int indent =
          (row.role() == se.styr.budget.RowRole.OF_WHICH ? 1 : 0) + (row.parent() != null ? 1 : 0);
      rows.add(new PrintedTable.Row(cells, kind(row), indent));
    }
    PrintedTable printed =
        new PrintedTable(
            anchor, table.title(), table.unit(), columns, rows, table.footnotes(), false);
    return printed;
  }

  /** "Budget 2024", or "Andel med insatser (%)" for a column in a unit of its own. */
  private static String header(TableColumn column) {
    return column.unit() == null ? column.label() : column.label() + " (" + column.unit() + ")";
  }

  /**
   * "1 325 246", "-16,9", "tom april 7", or as the source printed it ("1144", "–", "-0"); blank for
   * no figure.
   */
  public static String figure(Cell cell) {
    String number = cell.shown(THOUSANDS);
    if (number.isEmpty()) {
      return "";
    }
    return cell.note() == null ? number : cell.note() + " " + number;
  }

  private static PrintedTable.RowKind kind(TableRow row) {
    return switch (row.role()) {
      case TOTAL, BALANCE -> PrintedTable.RowKind.TOTAL;
      case SUBTOTAL, BASE -> PrintedTable.RowKind.SUBTOTAL;
      case HEADING -> PrintedTable.RowKind.GROUP;
      default -> PrintedTable.RowKind.ITEM;
    };
  }
}
