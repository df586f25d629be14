package se.styr.forecast;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The forecast table: every row of every year, outcome years first, and its totals. */
public record ForecastResult(List<ForecastRow> rows, RoundingMode rounding) {
  public ForecastResult {
    rows = List.copyOf(rows);
  }

  public Optional<ForecastRow> row(BandService row, int year) {
    return rows.stream().filter(r -> r.year() == year && r.row().equals(row)).findFirst();
  }

  /** The recipients of a band and service in a year, whole persons. */
  public long recipients(BandService row, int year) {
    return row(row, year).orElseThrow().recipients();
  }

  /** The service's recipients of every band in a year: the sum of the rounded rows. */
  public long total(String service, int year) {
    return rows.stream()
        .filter(r -> r.year() == year && r.row().service().equals(service))
        .mapToLong(ForecastRow::recipients)
        .reduce(0, Math::addExact);
  }

  /**
   * The service's recipients of every band in a year, the unrounded rows summed and then rounded:
   * what a spreadsheet's total over unrounded cells shows; it may differ from {@link #total} by a
   * person or more.
   */
  public long totalOfUnrounded(String service, int year) {
    return rows.stream()
        .filter(r -> r.year() == year && r.row().service().equals(service))
        .map(ForecastRow::exact)
        .reduce(Ratio.ZERO, Ratio::plus)
        .round(rounding);
  }
}
