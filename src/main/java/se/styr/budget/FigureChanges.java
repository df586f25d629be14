package se.styr.budget;

import static se.styr.version.Changes.byKey;
import static se.styr.version.Changes.planOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.styr.version.Changes.ChangeKind;

/**
 * The tables of two versions compared by key: tables, rows and columns added, removed or
 * relabelled, and every figure that differs. Figures are equal when their values are (7,0 equals
 * 7); a table's footnotes, roles, formulas and cell notes are not compared.
 */
public final class FigureChanges {
  private final List<TableChange> tables = new ArrayList<>();
  private final List<FigureChange> figures = new ArrayList<>();

  public FigureChanges(List<BudgetTable> older, List<BudgetTable> newer) {
    Map<String, BudgetTable> before = byKey(older, BudgetTable::key);
    Map<String, BudgetTable> after = byKey(newer, BudgetTable::key);
    for (String key : planOrder(older, newer, BudgetTable::key)) {
      BudgetTable o = before.get(key);
      BudgetTable n = after.get(key);
      if (o == null) {
        tables.add(
            new TableChange(
                ChangeKind.ADDED, TablePart.TABLE, key, n.title(), key, null, n.title()));
      } else if (n == null) {
        tables.add(
            new TableChange(
                ChangeKind.REMOVED, TablePart.TABLE, key, o.title(), key, o.title(), null));
      } else {
        structure(o, n);
      }
      figures(o, n);
    }
  }

  public List<TableChange> tables() {
    return tables;
  }

  public List<FigureChange> figures() {
    return figures;
  }

  private void structure(BudgetTable o, BudgetTable n) {
    String key = n.key();
    if (!o.title().equals(n.title())) {
      tables.add(
          new TableChange(
              ChangeKind.CHANGED, TablePart.TABLE, key, n.title(), key, o.title(), n.title()));
    }
    if (!o.unit().equals(n.unit())) {
      tables.add(
          new TableChange(
              ChangeKind.CHANGED, TablePart.UNIT, key, n.title(), key, o.unit(), n.unit()));
    }
    parts(TablePart.COLUMN, n, o.columns(), n.columns(), TableColumn::key, TableColumn::label);
    parts(TablePart.ROW, n, o.rows(), n.rows(), TableRow::key, TableRow::label);
  }

  private <T> void parts(
      TablePart part,
      BudgetTable table,
      List<T> older,
      List<T> newer,
      Function<T, String> key,
      Function<T, String> label) {
    Map<String, T> before = byKey(older, key);
    Map<String, T> after = byKey(newer, key);
    for (String k : planOrder(older, newer, key)) {
      String oldLabel = before.containsKey(k) ? label.apply(before.get(k)) : null;
      String newLabel = after.containsKey(k) ? label.apply(after.get(k)) : null;
      ChangeKind kind =
          oldLabel == null
              ? ChangeKind.ADDED
              : newLabel == null
                  ? ChangeKind.REMOVED
                  : oldLabel.equals(newLabel) ? null : ChangeKind.CHANGED;
      if (kind != null) {
        tables.add(new TableChange(kind, part, table.key(), table.title(), k, oldLabel, newLabel));
      }
    }
  }

  /** Every figure of the table that differs, row by row; either table may be absent. */
  private void figures(BudgetTable o, BudgetTable n) {
    Grid before = new Grid(o);
    Grid after = new Grid(n);
    BudgetTable shown = n != null ? n : o;
    List<String> columns = planOrder(before.columns(), after.columns(), TableColumn::key);
    for (String row : planOrder(before.rows(), after.rows(), TableRow::key)) {
      for (String column : columns) {
        BigDecimal oldValue = before.value(row, column);
        BigDecimal newValue = after.value(row, column);
        ChangeKind kind = kind(oldValue, newValue);
        if (kind != null) {
          Grid labels = after.has(row, column) ? after : before;
          figures.add(
              new FigureChange(
                  kind,
                  shown.key(),
                  shown.title(),
                  row,
                  labels.rowLabel(row),
                  column,
                  labels.columnLabel(column),
                  labels.unit(column),
                  oldValue,
                  newValue));
        }
      }
    }
  }

  private static ChangeKind kind(BigDecimal oldValue, BigDecimal newValue) {
    if (oldValue == null) {
      return newValue == null ? null : ChangeKind.ADDED;
    }
    if (newValue == null) {
      return ChangeKind.REMOVED;
    }
    return oldValue.compareTo(newValue) == 0 ? null : ChangeKind.CHANGED;
  }

  /**
   * One version of a table indexed by row and column key; empty where the version has no such
   * table.
   */
  private static final class Grid {
    private final BudgetTable table;
    private final Map<String, TableRow> rows;
    private final Map<String, Integer> columns = new HashMap<>();

    Grid(BudgetTable table) {
      this.table = table;
      this.rows = table == null ? Map.of() : byKey(table.rows(), TableRow::key);
      if (table != null) {
        for (int i = table.columns().size() - 1; i >= 0; i--) {
          columns.put(table.columns().get(i).key(), i);
        }
      }
    }

    List<TableRow> rows() {
      return table == null ? List.of() : table.rows();
    }

    List<TableColumn> columns() {
      return table == null ? List.of() : table.columns();
    }

    boolean has(String row, String column) {
      return rows.containsKey(row) && columns.containsKey(column);
    }

    BigDecimal value(String row, String column) {
      return has(row, column) ? rows.get(row).cell(columns.get(column)).value() : null;
    }

    String rowLabel(String row) {
      return rows.get(row).label();
    }

    String columnLabel(String column) {
      return table.columns().get(columns.get(column)).label();
    }

    String unit(String column) {
      String own = table.columns().get(columns.get(column)).unit();
      return Objects.requireNonNullElse(own, table.unit());
    }
  }

  public enum TablePart {
    TABLE,
    UNIT,
    ROW,
    COLUMN
  }

  /**
   * A table, row or column that was added or removed, or whose title, unit or label changed. {@code
   * key} is the table's, row's or column's key; the texts are titles, units or labels.
   */
  public record TableChange(
      ChangeKind kind,
      TablePart part,
      String tableKey,
      String tableTitle,
      String key,
      String oldText,
      String newText) {
    public TableChange {
      Objects.requireNonNull(kind, "change kind");
      Objects.requireNonNull(part, "table part");
    }
  }

  /**
   * One figure that changed, appeared or went; a blank or absent cell is null. Added and removed
   * tables, rows and columns bring all their figures. {@code unit} is the column's or the table's.
   */
  public record FigureChange(
      ChangeKind kind,
      String tableKey,
      String tableTitle,
      String rowKey,
      String rowLabel,
      String columnKey,
      String columnLabel,
      String unit,
      BigDecimal oldValue,
      BigDecimal newValue) {
    public FigureChange {
      Objects.requireNonNull(kind, "change kind");
    }
  }
}
