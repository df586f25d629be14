package se.styr.followup.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.ColumnType;
import se.styr.budget.RowRole;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.followup.AreaGroup;
import se.styr.followup.EconomyRules;
import se.styr.plan.PlanDocument;

/**
 * Each operational area's full-year budget as the decided plan states it: the first table of the
 * operating budget (operating summary, gross result) whose rows name areas and which has a budget
 * for the year: a budget column, else the proposal the plan decides, else the budgeted result of a
 * gross table (revenue + cost). Rows of an area are summed; a blank figure leaves the area without
 * a budget (never zero). Whether costs are positive or negative is read from the figures.
 */
public record AreaBudgets(
    String table,
    String unit,
    Map<String, BigDecimal> budgets,
    EconomyRules.AmountSign sign,
    List<AreaGroup> groups) {

  public static final AreaBudgets NONE =
      new AreaBudgets(null, null, Map.of(), EconomyRules.AmountSign.COSTS_POSITIVE, List.of());

  private static final List<ColumnType> BUDGET_TYPES =
      List.of(ColumnType.BUDGET, ColumnType.PROPOSAL, ColumnType.RESULT);

  public AreaBudgets {
    budgets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(budgets));
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** The budget of {@code area}, if the plan states one. */
  public Optional<BigDecimal> of(String area) {
    return Optional.ofNullable(budgets.get(area));
  }

  public static AreaBudgets of(PlanDocument plan, int year) {
    for (BudgetTable table : plan.tables()) {
      if (table.kind() != TableKind.OPERATING_SUMMARY && table.kind() != TableKind.GROSS_RESULT) {
        continue;
      }
      if (table.rows().stream().noneMatch(r -> r.area() != null)) {
        continue;
      }
      OptionalInt column = column(table, year, BUDGET_TYPES);
      if (column.isEmpty()) {
        continue;
      }
      Map<String, BigDecimal> budgets = new LinkedHashMap<>();
      Map<String, Boolean> blank = new LinkedHashMap<>();
      for (TableRow row : table.rows()) {
        if (row.area() == null || row.role() != RowRole.ITEM) {
          continue;
        }
        Cell cell = row.cell(column.getAsInt());
        if (cell.isBlank()) {
          blank.put(row.area(), true);
        } else {
          budgets.merge(row.area(), cell.value(), BigDecimal::add);
        }
      }
      blank.keySet().forEach(budgets::remove);
      BigDecimal sum = budgets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      return new AreaBudgets(
          table.key(),
          table.unit(),
          budgets,
          sum.signum() < 0
              ? EconomyRules.AmountSign.COSTS_NEGATIVE
              : EconomyRules.AmountSign.COSTS_POSITIVE,
          groups(table));
    }
    return NONE;
  }

  /** The table's subtotal groups with the areas of their rows, in the table's order. */
  private static List<AreaGroup> groups(BudgetTable table) {
    List<AreaGroup> groups = new java.util.ArrayList<>();
    for (TableRow subtotal : table.rows()) {
      if (subtotal.role() != RowRole.SUBTOTAL) {
        continue;
      }
      List<String> areas =
          table.rows().stream()
              .filter(r -> subtotal.key().equals(r.group()) && r.area() != null)
              .filter(r -> r.role() == RowRole.ITEM)
              .map(TableRow::area)
              .distinct()
              .toList();
      groups.add(new AreaGroup(subtotal.key(), subtotal.label(), areas));
    }
    return groups;
  }

  /** The first column of {@code table} for {@code year} of the first of {@code types} it has. */
  static OptionalInt column(BudgetTable table, int year, List<ColumnType> types) {
    for (ColumnType type : types) {
      for (int c = 0; c < table.columns().size(); c++) {
        var column = table.columns().get(c);
        if (column.type() == type && column.year() != null && column.year() == year) {
          return OptionalInt.of(c);
        }
      }
    }
    return OptionalInt.empty();
  }
}
