package se.styr.checks;

import java.math.BigDecimal;

/** A finding as the REST API returns it. */
public record FindingJson(
    String plan,
    String tableKey,
    String table,
    String rowKey,
    String row,
    String columnKey,
    String column,
    BigDecimal stated,
    BigDecimal computed,
    BigDecimal difference,
    String statedUnit,
    String computedUnit,
    FindingKind kind,
    String explanation) {

  public static FindingJson of(Finding f) {
    return new FindingJson(
        f.plan(),
        f.tableKey(),
        f.table(),
        f.rowKey(),
        f.row(),
        f.columnKey(),
        f.column(),
        f.stated(),
        f.computed(),
        f.difference(),
        f.statedUnit(),
        f.computedUnit(),
        f.kind(),
        f.explanation());
  }
}
