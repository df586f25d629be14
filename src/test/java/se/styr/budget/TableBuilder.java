package se.styr.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small tables for tests: {@code table("Drift", "tkr").row("A",
 * "100").total("100").build()}.
 */
public final class TableBuilder {
  private final String title;
  private final String unit;
  private TableKind kind = TableKind.OPERATING_SUMMARY;
  private String key;
  private boolean itemised = true;
  private Formula distributes;
  private final List<TableColumn> columns = new ArrayList<>();
  private final List<TableRow> rows = new ArrayList<>();

  private TableBuilder(String title, String unit) {
    this.title = title;
    this.unit = unit;
    this.key = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }

  public static TableBuilder table(String title, String unit) {
    return new TableBuilder(title, unit);
  }

  public TableBuilder key(String tableKey) {
    this.key = tableKey;
    return this;
  }

  public TableBuilder kind(TableKind tableKind) {
    this.kind = tableKind;
    return this;
  }

  public TableBuilder partlyItemised() {
    this.itemised = false;
    return this;
  }

  public TableBuilder distributes(String reference) {
    this.distributes = Formula.parse(reference);
    return this;
  }

  /** Amount columns without years; one named "belopp" is added if none is given. */
  public TableBuilder columns(String... keys) {
    for (String k : keys) {
      columns.add(TableColumn.of(k, k, ColumnType.AMOUNT, null));
    }
    return this;
  }

  public TableBuilder column(TableColumn column) {
    columns.add(column);
    return this;
  }

  public TableBuilder row(String label, String... values) {
    return row(RowRole.ITEM, label, null, null, values);
  }

  public TableBuilder grouped(String group, String label, String... values) {
    return row(RowRole.ITEM, label, group, null, values);
  }

  public TableBuilder subtotal(String key, String... values) {
    return row(RowRole.SUBTOTAL, key, null, null, values);
  }

  public TableBuilder total(String... values) {
    return row(RowRole.TOTAL, "Summa", null, null, values);
  }

  public TableBuilder role(RowRole role, String label, String... values) {
    return row(role, label, null, null, values);
  }

  public TableBuilder derived(String label, String formula, String... values) {
    return row(RowRole.ITEM, label, null, Formula.parse(formula), values);
  }

  public TableBuilder add(TableRow row) {
    rows.add(row);
    return this;
  }

  private TableBuilder row(
      RowRole role, String label, String group, Formula formula, String... values) {
    if (columns.isEmpty()) {
      columns("belopp");
    }
    List<Cell> cells = new ArrayList<>();
    for (String value : values) {
      cells.add(value == null ? Cell.BLANK : Cell.of(new BigDecimal(value)));
    }
    String rowKey = label.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    rows.add(
        new TableRow(rowKey, label, role, null, group, formula, null, null, null, null, cells));
    return this;
  }

  public BudgetTable build() {
    return new BudgetTable(
        key, kind, title, unit, true, columns, rows, List.of(), itemised, distributes);
  }
}
