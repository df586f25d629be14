package se.styr.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The needs forecast computed: each outcome year's rate from its counts, each forecast year's
 * recipients as the year's population × the row's chosen rate, kept exact and rounded once.
 */
public final class Projection {
  private Projection() {}

  public static ForecastResult project(NeedsForecast forecast) {
    List<ForecastRow> rows = new ArrayList<>();
    for (int year : forecast.outcomeYears()) {
      for (BandService row : forecast.rows()) {
        long population = forecast.population(row.band(), year);
        long recipients = forecast.recipients(row, year);
        rows.add(
            new ForecastRow(
                year,
                true,
                row,
                population,
                CoverageRate.of(recipients, population),
                Ratio.of(recipients),
                recipients));
      }
    }
    List<BandService> bandServices = forecast.rows();
    List<CoverageRate> rates = new ArrayList<>();
    for (BandService row : bandServices) {
      rates.add(forecast.choice(row).rate(forecast, row));
    }
    for (int year : forecast.forecastYears()) {
      for (int i = 0; i < bandServices.size(); i++) {
        BandService row = bandServices.get(i);
        long population = forecast.population(row.band(), year);
        Ratio exact = rates.get(i).recipients(population);
        rows.add(
            new ForecastRow(
                year,
                false,
                row,
                population,
                rates.get(i),
                exact,
                exact.round(forecast.rounding())));
      }
    }
    return new ForecastResult(rows, forecast.rounding());
  }
}
