package se.styr.budget;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import se.styr.shared.Unit;

/**
 * A table of a plan. {@code unit} is the unit as the plan prints it ("Mkr", "tkr", "mnkr"); {@code
 * unitPrinted} is false where the plan prints none and the unit was read from context. A frame
 * change list that the plan itemises only in part has {@code itemised = false}; a distribution
 * names the cell whose amount it distributes.
 */
public record BudgetTable(
    String key,
    TableKind kind,
    String title,
    String unit,
    boolean unitPrinted,
    List<TableColumn> columns,
    List<TableRow> rows,
    List<String> footnotes,
    boolean itemised,
    Formula distributes,
    List<CellRelation> relations) {

  /** A table that states no relations between its cells beyond its rows' roles and formulas. */
  public BudgetTable(
      String key,
      TableKind kind,
      String title,
      String unit,
      boolean unitPrinted,
      List<TableColumn> columns,
      List<TableRow> rows,
      List<String> footnotes,
      boolean itemised,
      Formula distributes) {
    this(
        key,
        kind,
        title,
        unit,
        unitPrinted,
        columns,
        rows,
        footnotes,
        itemised,
        distributes,
        List.of());
  }

  public BudgetTable {
    Objects.requireNonNull(key, "table key");
    Objects.requireNonNull(kind, "table kind");
    Objects.requireNonNull(title, "table title");
    Objects.requireNonNull(unit, "table unit");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    relations = relations == null ? List.of() : List.copyOf(relations);
    requireUnique(
        Text.of("budget.file.column"), columns.stream().map(TableColumn::key).toList(), key);
    requireUnique(Text.of("budget.file.row"), rows.stream().map(TableRow::key).toList(), key);
    for (TableRow row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new InvalidValueException(
            Text.of("budget.table.rowWidth", row.key(), key, row.cells().size(), columns.size()));
      }
    }
  }

  private static void requireUnique(Text what, List<String> keys, String table) {
    Set<String> seen = new HashSet<>();
    for (String k : keys) {
      if (!seen.add(k)) {
        throw new InvalidValueException(Text.of("budget.table.duplicate", what, k, table));
      }
    }
  }

  /** The parsed unit; a table always has a known unit once it has been read. */
  public Unit parsedUnit() {
    return Unit.parse(unit).orElseThrow(() -> new IllegalStateException("unknown unit " + unit));
  }

  /** The unit of one column: the column's own, else the table's. */
  public Unit unitOf(int column) {
    String own = columns.get(column).unit();
    return own == null ? parsedUnit() : Unit.parse(own).orElseThrow();
  }

  public OptionalInt columnIndex(String columnKey) {
    return IntStream.range(0, columns.size())
        .filter(i -> columns.get(i).key().equals(columnKey))
        .findFirst();
  }

  public OptionalInt rowIndex(String rowKey) {
    return IntStream.range(0, rows.size())
        .filter(i -> rows.get(i).key().equals(rowKey))
        .findFirst();
  }

  public Optional<TableRow> row(String rowKey) {
    return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst();
  }

  /** The same table with one cell replaced. */
  public BudgetTable withCell(String rowKey, String columnKey, Cell cell) {
    int c =
        columnIndex(columnKey)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no column '" + columnKey + "' in table '" + key + "'"));
    int r =
        rowIndex(rowKey)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("no row '" + rowKey + "' in table '" + key + "'"));
    TableRow row = rows.get(r);
    List<Cell> cells = new java.util.ArrayList<>(row.cells());
    cells.set(c, cell);
    List<TableRow> newRows = new java.util.ArrayList<>(rows);
    newRows.set(r, row.withCells(cells));
    return new BudgetTable(
        key,
        kind,
        title,
        unit,
        unitPrinted,
        columns,
        newRows,
        footnotes,
        itemised,
        distributes,
        relations);
  }
}
