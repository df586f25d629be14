package se.styr.forecast;

import java.util.Objects;

/**
 * One band's recipients of one service in one year: counted in an outcome year, projected in a
 * forecast year as population × rate ({@code exact}) rounded once to whole persons.
 */
public record ForecastRow(
    int year,
    boolean outcome,
    BandService row,
    long population,
    CoverageRate rate,
    Ratio exact,
    long recipients) {
  public ForecastRow {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(exact, "exact");
  }
}
