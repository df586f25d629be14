package se.styr.checks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.Formula;
import se.styr.shared.Unit;

/** The tables of one plan by key, for formulas that reach into other tables. */
final class PlanTables {
  private final Map<String, BudgetTable> byKey = new HashMap<>();

  PlanTables(List<BudgetTable> tables) {
    for (BudgetTable table : tables) {
      byKey.put(table.key(), table);
    }
  }

  Optional<BudgetTable> table(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * A referenced cell's value expressed in {@code unit}; a table.row reference means the table's
   * first column.
   */
  Optional<BigDecimal> value(Formula.Term term, Unit unit) {
    List<String> ref = term.reference();
    if (ref.size() < 2) {
      return Optional.empty();
    }
    BudgetTable table = byKey.get(ref.get(0));
    if (table == null) {
      return Optional.empty();
    }
    OptionalInt row = table.rowIndex(ref.get(1));
    OptionalInt column = ref.size() == 3 ? table.columnIndex(ref.get(2)) : OptionalInt.of(0);
    if (row.isEmpty() || column.isEmpty() || table.columns().isEmpty()) {
      return Optional.empty();
    }
    Cell cell = table.rows().get(row.getAsInt()).cell(column.getAsInt());
    if (cell.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(convert(cell.value(), table.unitOf(column.getAsInt()), unit));
  }

  static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
    return from.isMoney() && to.isMoney() ? from.convert(value, to) : value;
  }
}
