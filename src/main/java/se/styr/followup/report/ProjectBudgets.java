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

/**
 * Each investment project's full-year budget as the decided plan states it: the rows of the first
 * investment budget with a budget (or the proposal it decides) for the year, in that table's own
 * unit, which may differ from the operating budget's. Headings, subtotals and totals are not
 * projects; a project whose budget is blank for the year is still a project, without a budget
 * (never zero).
 */
public record ProjectBudgets(String table, String unit, Map<String, Project> projects) {

  public static final ProjectBudgets NONE = new ProjectBudgets(null, null, Map.of());

  /** A project as the plan names it, and its budget for the year (null where blank). */
  public record Project(String key, String name, BigDecimal budget) {}

  private static final List<ColumnType> BUDGET_TYPES =
      List.of(ColumnType.BUDGET, ColumnType.PROPOSAL);

  public ProjectBudgets {
    projects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(projects));
  }

  public Optional<Project> of(String project) {
    return Optional.ofNullable(projects.get(project));
  }

  public static ProjectBudgets of(se.styr.plan.PlanDocument plan, int year) {
    for (BudgetTable table : plan.tables()) {
      if (table.kind() != TableKind.INVESTMENT_BUDGET) {
        continue;
      }
      OptionalInt column = AreaBudgets.column(table, year, BUDGET_TYPES);
      if (column.isEmpty()) {
        continue;
      }
      Map<String, Project> projects = new LinkedHashMap<>();
      for (TableRow row : table.rows()) {
        if (row.role() != RowRole.ITEM) {
          continue;
        }
        Cell cell = row.cell(column.getAsInt());
        projects.put(
            row.key(), new Project(row.key(), row.label(), cell.isBlank() ? null : cell.value()));
      }
      return new ProjectBudgets(table.key(), table.unit(), projects);
    }
    return NONE;
  }
}
