package se.styr.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A table's shape changed in the browser (issue 16): rows and columns added, renamed, moved and
 * removed, the figures staying with their row and column; a new row or column is blank, never zero.
 * Plain changes of a table; whether the plan still holds together (a removed row a formula or
 * relation names) is checked by the plan's rules when the table is stored ({@link TableEditing}).
 */
public final class TableShapes {
  private TableShapes() {}

  /**
   * The table with a row labelled {@code label} of {@code role} (for {@code area}, or none) before
   * its first total, or last; its key made from the label.
   */
  public static BudgetTable addRow(BudgetTable table, String label, RowRole role, String area) {
    String clean = required(label);
    String key =
        unique(table.rows().stream().map(TableRow::key).collect(Collectors.toSet()), clean);
    List<Cell> blank = new ArrayList<>();
    table.columns().forEach(c -> blank.add(Cell.BLANK));
    TableRow row =
        new TableRow(
            key,
            clean,
            role == null ? RowRole.ITEM : role,
            area == null || area.isBlank() ? null : area,
            null,
            null,
            null,
            null,
            null,
            null,
            blank);
    List<TableRow> rows = new ArrayList<>(table.rows());
    int at = rows.size();
    if (row.role() != RowRole.TOTAL && row.role() != RowRole.BALANCE) {
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).role() == RowRole.TOTAL || rows.get(i).role() == RowRole.BALANCE) {
          at = i;
          break;
        }
      }
    }
    rows.add(at, row);
    return with(table, table.columns(), rows);
  }

  public static BudgetTable renameRow(BudgetTable table, String key, String label) {
    String clean = required(label);
    List<TableRow> rows = new ArrayList<>(table.rows());
    int at = row(table, key);
    TableRow r = rows.get(at);
    rows.set(
        at,
        new TableRow(
            r.key(),
            clean,
            r.role(),
            r.area(),
            r.group(),
            r.formula(),
            r.note(),
            r.frameChange(),
            r.reallocation(),
            r.investment(),
            r.cells(),
            r.parent()));
    return with(table, table.columns(), rows);
  }

  public static BudgetTable moveRow(BudgetTable table, String key, boolean up) {
    List<TableRow> rows = new ArrayList<>(table.rows());
    int at = row(table, key);
    int to = up ? at - 1 : at + 1;
    if (to >= 0 && to < rows.size()) {
      rows.add(to, rows.remove(at));
    }
    return with(table, table.columns(), rows);
  }

  public static BudgetTable removeRow(BudgetTable table, String key) {
    List<TableRow> rows = new ArrayList<>(table.rows());
    rows.remove(row(table, key));
    return with(table, table.columns(), rows);
  }

  /** The table with a column labelled {@code label} of {@code type} for {@code year}, last. */
  public static BudgetTable addColumn(
      BudgetTable table, String label, ColumnType type, Integer year) {
    String clean = required(label);
    String key =
        unique(table.columns().stream().map(TableColumn::key).collect(Collectors.toSet()), clean);
    List<TableColumn> columns = new ArrayList<>(table.columns());
    columns.add(TableColumn.of(key, clean, type, year));
    List<TableRow> rows =
        table.rows().stream()
            .map(
                r -> {
                  List<Cell> cells = new ArrayList<>(r.cells());
                  cells.add(Cell.BLANK);
                  return r.withCells(cells);
                })
            .toList();
    return with(table, columns, rows);
  }

  public static BudgetTable renameColumn(BudgetTable table, String key, String label) {
    String clean = required(label);
    List<TableColumn> columns = new ArrayList<>(table.columns());
    int at = column(table, key);
    TableColumn c = columns.get(at);
    columns.set(
        at, new TableColumn(c.key(), clean, c.type(), c.year(), c.asOf(), c.unit(), c.formula()));
    return with(table, columns, table.rows());
  }

  public static BudgetTable moveColumn(BudgetTable table, String key, boolean left) {
    int at = column(table, key);
    int to = left ? at - 1 : at + 1;
    if (to < 0 || to >= table.columns().size()) {
      return table;
    }
    List<TableColumn> columns = new ArrayList<>(table.columns());
    columns.add(to, columns.remove(at));
    List<TableRow> rows =
        table.rows().stream()
            .map(
                r -> {
                  List<Cell> cells = new ArrayList<>(r.cells());
                  cells.add(to, cells.remove(at));
                  return r.withCells(cells);
                })
            .toList();
    return with(table, columns, rows);
  }

  public static BudgetTable removeColumn(BudgetTable table, String key) {
    int at = column(table, key);
    if (table.columns().size() == 1) {
      throw new InvalidValueException(Text.of("budget.shape.lastColumn", table.title()));
    }
    List<TableColumn> columns = new ArrayList<>(table.columns());
    columns.remove(at);
    List<TableRow> rows =
        table.rows().stream()
            .map(
                r -> {
                  List<Cell> cells = new ArrayList<>(r.cells());
                  cells.remove(at);
                  return r.withCells(cells);
                })
            .toList();
    return with(table, columns, rows);
  }

  private static String required(String label) {
    String clean = label == null ? "" : label.strip();
    if (clean.isEmpty()) {
      throw new InvalidValueException(Text.of("budget.shape.noLabel"));
    }
    return clean;
  }

  /** A key made from {@code label}, made unique among {@code taken} by a number. */
  private static String unique(Set<String> taken, String label) {
    String base = se.styr.organisation.Committee.slug(label);
    if (base.isEmpty() || !Character.isLetterOrDigit(base.charAt(0))) {
      base = "k" + base;
    }
    String key = base;
    for (int i = 2; taken.contains(key); i++) {
      key = base + "-" + i;
    }
    return key;
  }

  private static int row(BudgetTable table, String key) {
    return table
        .rowIndex(key)
        .orElseThrow(() -> new InvalidValueException(Text.of("budget.shape.noRow", key)));
  }

  private static int column(BudgetTable table, String key) {
    return table
        .columnIndex(key)
        .orElseThrow(() -> new InvalidValueException(Text.of("budget.shape.noColumn", key)));
  }

  private static BudgetTable with(
      BudgetTable table, List<TableColumn> columns, List<TableRow> rows) {
    return new BudgetTable(
        table.key(),
        table.kind(),
        table.title(),
        table.unit(),
        table.unitPrinted(),
        columns,
        rows,
        table.footnotes(),
        table.itemised(),
        table.distributes(),
        table.relations());
  }
}
