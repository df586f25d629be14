package se.styr.budget;

import java.util.List;
import java.util.Objects;

/**
 * A row of a table: its label as printed, its role in the arithmetic, the operational area it
 * concerns, the subtotal group it belongs to, a formula over other rows where it is derived, and
 * the facts a frame change, a reallocation or an investment carries.
 */
public record TableRow(
    String key,
    String label,
    RowRole role,
    String area,
    String group,
    Formula formula,
    String note,
    FrameChange frameChange,
    Reallocation reallocation,
    InvestmentKind investment,
    List<Cell> cells,
    String parent) {

  /** A row whose label has one level. */
  public TableRow(
      String key,
      String label,
      RowRole role,
      String area,
      String group,
      Formula formula,
      String note,
      FrameChange frameChange,
      Reallocation reallocation,
      InvestmentKind investment,
      List<Cell> cells) {
    this(
        key,
        label,
        role,
        area,
        group,
        formula,
        note,
        frameChange,
        reallocation,
        investment,
        cells,
        null);
  }

  public TableRow {
    Objects.requireNonNull(key, "row key");
    Objects.requireNonNull(label, "row label");
    role = role == null ? RowRole.ITEM : role;
    cells = List.copyOf(cells);
    parent = parent == null || parent.isBlank() ? null : parent;
  }

  public Cell cell(int column) {
    return cells.get(column);
  }

  public TableRow withCells(List<Cell> newCells) {
    return new TableRow(
        key,
        label,
        role,
        area,
        group,
        formula,
        note,
        frameChange,
        reallocation,
        investment,
        newCells,
        parent);
  }
}
