package se.styr.forecast;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * One row of a plan's stated forecast table, as printed: a figure per year, null where the plan
 * leaves the cell blank (never read as zero).
 */
public record StatedSeries(String table, String row, Map<Integer, Long> values) {
  public StatedSeries {
    Keys.require(table, "forecast.what.table");
    Keys.require(row, "forecast.what.row");
    values = Collections.unmodifiableMap(new HashMap<>(values));
  }

  /** The row's figures for {@code years} in order, null for a blank cell. */
  public static StatedSeries of(String table, String row, int[] years, Long... figures) {
    if (years.length != figures.length) {
      throw new InvalidValueException(
          Text.of("forecast.review.figures", table, row, figures.length, years.length));
    }
    Map<Integer, Long> values = new HashMap<>();
    for (int i = 0; i < years.length; i++) {
      values.put(years[i], figures[i]);
    }
    return new StatedSeries(table, row, values);
  }

  /** The figure of {@code year}, or null when the plan states none. */
  public Long value(int year) {
    return values.get(year);
  }
}
