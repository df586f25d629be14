package se.styr.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.styr.budget.BudgetTable;
import se.styr.budget.ColumnType;
import se.styr.budget.TableColumn;
import se.styr.budget.TableRow;
import se.styr.forecast.RowRef;
import se.styr.forecast.StatisticsRows;

/**
 * A plan's tables as its needs forecasts read them: a row's figures in every outcome and forecast
 * column that has a year.
 */
public final class PlanStatistics implements StatisticsRows {
  private final PlanDocument plan;

  private PlanStatistics(PlanDocument plan) {
    this.plan = plan;
  }

  public static PlanStatistics of(PlanDocument plan) {
    return new PlanStatistics(plan);
  }

  @Override
  public boolean hasTable(String table) {
    return plan.table(table).isPresent();
  }

  @Override
  public Optional<List<YearFigure>> row(RowRef ref) {
    Optional<BudgetTable> table = plan.table(ref.table());
    if (table.isEmpty()) {
      return Optional.empty();
    }
    List<TableColumn> columns = table.get().columns();
    for (TableRow row : table.get().rows()) {
      if (row.key().equals(ref.row())) {
        List<YearFigure> figures = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          TableColumn column = columns.get(i);
          boolean outcome = column.type() == ColumnType.OUTCOME;
          if (column.year() != null && (outcome || column.type() == ColumnType.FORECAST)) {
            figures.add(new YearFigure(column.year(), outcome, row.cells().get(i).value()));
          }
        }
        return Optional.of(figures);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<java.math.BigDecimal> budgetKronor(RowRef ref, int year) {
    Optional<BudgetTable> table = plan.table(ref.table());
    Optional<se.styr.shared.Unit> unit =
        table
            .flatMap(t -> se.styr.shared.Unit.parse(t.unit()))
            .filter(se.styr.shared.Unit::isMoney);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    List<TableColumn> columns = table.get().columns();
    for (TableRow row : table.get().rows()) {
      if (row.key().equals(ref.row())) {
        for (int i = 0; i < columns.size(); i++) {
          TableColumn column = columns.get(i);
          if (column.type() == ColumnType.BUDGET
              && column.year() != null
              && column.year() == year
              && row.cells().get(i).value() != null) {
            return Optional.of(unit.get().toKronor(row.cells().get(i).value()));
          }
        }
      }
    }
    return Optional.empty();
  }
}
