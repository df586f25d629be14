package se.styr.forecast;

import java.math.BigDecimal;
import java.util.Objects;
import se.styr.shared.Text;

/**
 * A figure of a plan's forecast table that differs from Styr's computation, or that the plan leaves
 * blank: where (table, row, year; no year for a row's printed rate), the figure stated (null when
 * blank), the figure computed, what explains the difference and how, in words.
 */
public record ForecastDiscrepancy(
    String table,
    String row,
    Integer year,
    BigDecimal stated,
    BigDecimal computed,
    DiscrepancyKind kind,
    Text explanation) {
  public ForecastDiscrepancy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
  }

  static ForecastDiscrepancy of(
      StatedSeries series,
      Integer year,
      Long stated,
      Long computed,
      DiscrepancyKind kind,
      Text why) {
    return new ForecastDiscrepancy(
        series.table(),
        series.row(),
        year,
        stated == null ? null : BigDecimal.valueOf(stated),
        computed == null ? null : BigDecimal.valueOf(computed),
        kind,
        why);
  }
}
