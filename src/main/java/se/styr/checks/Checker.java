package se.styr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.RowRole;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.budget.TextFigure;

/** Checks a whole plan and returns every finding, in document order. */
public final class Checker {
  private Checker() {}

  /**
   * The findings of a plan's tables and text figures, each naming the plan by {@code planName} (a
   * file name or the plan's name).
   */
  public static List<Finding> check(
      List<BudgetTable> tables, List<TextFigure> figures, String planName) {
    PlanTables plan = new PlanTables(tables);
    // Units first: a table whose unit is in doubt cannot be the yardstick for the others.
    Map<String, Finding> unitFindings = new HashMap<>();
    for (BudgetTable table : tables) {
      UnitPlausibility.byTextOrSize(table, figures)
          .ifPresent(f -> unitFindings.put(table.key(), f));
    }
    BigDecimal operatingKronor = operatingBudgetKronor(tables, unitFindings.keySet());
    for (BudgetTable table : tables) {
      if (!unitFindings.containsKey(table.key())) {
        UnitPlausibility.byInvestmentSize(table, operatingKronor)
            .ifPresent(f -> unitFindings.put(table.key(), f));
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (BudgetTable table : tables) {
      TableArithmetic.check(table, plan, findings);
      Optional.ofNullable(unitFindings.get(table.key())).ifPresent(findings::add);
    }
    TextFigureCheck.check(figures, plan, unitFindings.keySet(), findings);
    return findings.stream().map(f -> f.forPlan(planName)).toList();
  }

  /**
   * The arithmetic findings of one table on its own (subtotals, totals, row and column formulas,
   * stated relations): what a table Styr builds from other figures, such as a follow-up occasion's
   * gross revenue and cost against its net, states that does not add up.
   */
  public static List<Finding> arithmetic(BudgetTable table, String planName) {
    List<Finding> findings = new ArrayList<>();
    TableArithmetic.check(table, new PlanTables(List.of(table)), findings);
    return findings.stream().map(f -> f.forPlan(planName)).toList();
  }

  /**
   * The committee's operating budget in kronor: the largest total of an operating summary or income
   * statement whose unit is not itself in doubt. Investments are measured against it.
   */
  private static BigDecimal operatingBudgetKronor(
      List<BudgetTable> tables, Set<String> unitSuspects) {
    BigDecimal largest = null;
    for (BudgetTable table : tables) {
      if ((table.kind() != TableKind.OPERATING_SUMMARY
              && table.kind() != TableKind.INCOME_STATEMENT)
          || unitSuspects.contains(table.key())) {
        continue;
      }
      for (TableRow row : table.rows()) {
        if (row.role() != RowRole.TOTAL) {
          continue;
        }
        for (int c = 0; c < row.cells().size(); c++) {
          Cell cell = row.cell(c);
          if (cell.isBlank() || !table.unitOf(c).isMoney()) {
            continue;
          }
          BigDecimal kronor = table.unitOf(c).toKronor(cell.value().abs());
          if (kronor.compareTo(UnitPlausibility.IMPLAUSIBLE_KRONOR) <= 0
              && (largest == null || kronor.compareTo(largest) > 0)) {
            largest = kronor;
          }
        }
      }
    }
    return largest;
  }
}
