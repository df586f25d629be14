package se.styr.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The plan's statistics as a forecast reads them: a row's figures for each year whose column is an
 * outcome or forecast column. The plan supplies it from its own tables.
 */
public interface StatisticsRows {
  /** Whether the plan has a table of this key. */
  boolean hasTable(String table);

  /** The row's yearly figures in column order, or empty if there is no such row. */
  Optional<List<YearFigure>> row(RowRef ref);

  /**
   * The row's figure in the budget column of {@code year}, in kronor by its table's unit (tkr,
   * mnkr, kr); empty if the table has no such row or column, the cell is blank, or the table's unit
   * is no money.
   */
  default Optional<BigDecimal> budgetKronor(RowRef ref, int year) {
    return Optional.empty();
  }

  /** One cell of a year: outcome or forecast, the figure as stated (null when blank). */
  record YearFigure(int year, boolean outcome, BigDecimal value) {}
}
