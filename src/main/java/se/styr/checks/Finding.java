package se.styr.checks;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure that does not add up: where it is (plan, table, row, column, by label as printed and
 * by key), what the plan states, what Styr computes, and the kind. A UNIT finding states units
 * instead of amounts.
 */
public record Finding(
    String plan,
    String tableKey,
    String table,
    String rowKey,
    String row,
    String columnKey,
    String column,
    BigDecimal stated,
    BigDecimal computed,
    String statedUnit,
    String computedUnit,
    FindingKind kind,
    String explanation) {

  public Finding {
    Objects.requireNonNull(kind, "finding kind");
    Objects.requireNonNull(table, "finding table");
  }

  /** Stated minus computed; none for a UNIT finding. */
  public BigDecimal difference() {
    return stated == null || computed == null ? null : stated.subtract(computed);
  }

  public Finding forPlan(String planName) {
    return new Finding(
        planName,
        tableKey,
        table,
        rowKey,
        row,
        columnKey,
        column,
        stated,
        computed,
        statedUnit,
        computedUnit,
        kind,
        explanation);
  }
}
