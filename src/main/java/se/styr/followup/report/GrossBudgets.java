package se.styr.followup.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.ColumnType;
import se.styr.budget.Formula;
import se.styr.budget.RowRole;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;

/**
 * Each area's gross revenue and cost budget as the plan's gross table states them for the year
 * (Lerum's production areas: Brutto intäkt, Brutto kostnad, Budgeterat resultat), and how its
 * result column relates them: the signs its formula gives revenue and cost ({@code int2024 +
 * kost2024}), plus and plus where it states no formula. A blank figure leaves the area without that
 * budget.
 */
public record GrossBudgets(
    String table,
    Map<String, BigDecimal> revenue,
    Map<String, BigDecimal> cost,
    boolean revenueNegated,
    boolean costNegated) {

  public static final GrossBudgets NONE = new GrossBudgets(null, Map.of(), Map.of(), false, false);

  public GrossBudgets {
    revenue = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(revenue));
    cost = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cost));
  }

  public static GrossBudgets of(se.styr.plan.PlanDocument plan, int year) {
    for (BudgetTable table : plan.tables()) {
      if (table.kind() != TableKind.GROSS_RESULT) {
        continue;
      }
      OptionalInt revenueColumn = AreaBudgets.column(table, year, List.of(ColumnType.REVENUE));
      OptionalInt costColumn = AreaBudgets.column(table, year, List.of(ColumnType.COST));
      if (revenueColumn.isEmpty() || costColumn.isEmpty()) {
        continue;
      }
      Map<String, BigDecimal> revenue = new LinkedHashMap<>();
      Map<String, BigDecimal> cost = new LinkedHashMap<>();
      for (TableRow row : table.rows()) {
        if (row.area() == null || row.role() != RowRole.ITEM) {
          continue;
        }
        put(revenue, row.area(), row.cell(revenueColumn.getAsInt()));
        put(cost, row.area(), row.cell(costColumn.getAsInt()));
      }
      boolean revenueNegated = false;
      boolean costNegated = false;
      OptionalInt result = AreaBudgets.column(table, year, List.of(ColumnType.RESULT));
      Formula formula = result.isEmpty() ? null : table.columns().get(result.getAsInt()).formula();
      if (formula != null) {
        String revenueKey = table.columns().get(revenueColumn.getAsInt()).key();
        String costKey = table.columns().get(costColumn.getAsInt()).key();
        for (Formula.Term term : formula.terms()) {
          if (term.referenceText().equals(revenueKey)) {
            revenueNegated = term.negative();
          } else if (term.referenceText().equals(costKey)) {
            costNegated = term.negative();
          }
        }
      }
      return new GrossBudgets(table.key(), revenue, cost, revenueNegated, costNegated);
    }
    return NONE;
  }

  private static void put(Map<String, BigDecimal> budgets, String area, Cell cell) {
    if (!cell.isBlank()) {
      budgets.merge(area, cell.value(), BigDecimal::add);
    }
  }
}
