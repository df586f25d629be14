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

  /** One cell of a year: outcome or forecast, the figure as stated (null when blank). */
  record YearFigure(int year, boolean outcome, BigDecimal value) {}
}
