package se.styr.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.styr.forecast.ForecastSpec.BandRate;
import se.styr.forecast.ForecastSpec.BandSource;
import se.styr.forecast.ForecastSpec.PlacesSource;
import se.styr.forecast.ForecastSpec.ServiceSource;
import se.styr.forecast.ForecastSpec.StatedPlacesRows;
import se.styr.forecast.StatisticsRows.YearFigure;

/**
 * The review of the forecast a plan states in its own tables ({@link StatedForecastReview}, {@link
 * StatedPlacesReview}), fed from the rows its forecast section names: every band's row whose rate
 * the plan states (band by band), every service's stated total, and the stated places table.
 */
public record PlanForecastReview(
    List<ForecastDiscrepancy> forecast, List<ForecastDiscrepancy> places) {
  public PlanForecastReview {
    forecast = List.copyOf(forecast);
    places = List.copyOf(places);
  }

  public static PlanForecastReview of(PlanForecast plan) {
    return new PlanForecastReview(forecast(plan), places(plan));
  }

  public boolean isEmpty() {
    return forecast.isEmpty() && places.isEmpty();
  }

  private static List<ForecastDiscrepancy> forecast(PlanForecast plan) {
    NeedsForecast needs = plan.forecast();
    ForecastSpec spec = plan.spec();
    StatedForecastReview review =
        new StatedForecastReview(needs.outcomeYears(), needs.forecastYears(), needs.rounding());
    for (BandSource band : spec.bands()) {
      for (ServiceSource service : spec.services()) {
        for (BandRate rate : service.bands()) {
          if (rate.band().equals(band.band().key()) && rate.rate() instanceof RateChoice.Stated s) {
            review.row(plan.series(band), plan.series(rate.recipients()), s.percent());
          }
        }
      }
    }
    for (ServiceSource service : spec.services()) {
      if (service.total() != null) {
        review.total(
            plan.series(service.total()),
            service.bands().stream().map(b -> plan.series(b.recipients())).toList());
      }
    }
    return review.findings();
  }

  private static List<ForecastDiscrepancy> places(PlanForecast plan) {
    PlacesSource places = plan.spec().places();
    if (places == null || places.stated() == null) {
      return List.of();
    }
    StatedPlacesRows stated = places.stated();
    String table = stated.table();
    ServiceSource service =
        plan.spec().services().stream()
            .filter(s -> s.service().key().equals(places.service()))
            .findFirst()
            .orElseThrow();
    List<StatedSeries> residents = new ArrayList<>();
    List<StatedSeries> sources = new ArrayList<>();
    for (int i = 0; i < stated.residents().size(); i++) {
      residents.add(plan.series(new RowRef(table, stated.residents().get(i))));
      String band = plan.spec().bands().get(i).band().key();
      service.bands().stream()
          .filter(b -> b.band().equals(band))
          .findFirst()
          .ifPresent(b -> sources.add(plan.series(b.recipients())));
    }
    RowRef total = new RowRef(table, stated.total());
    List<Integer> years = plan.figures(total).stream().map(YearFigure::year).distinct().toList();
    StatedSeries queue =
        places.queue() == null
            ? new StatedSeries(table, "queue", Map.of())
            : plan.series(places.queue());
    return StatedPlacesReview.review(
        new StatedPlaces(
            years,
            residents,
            sources,
            queue,
            plan.series(total),
            plan.series(new RowRef(table, stated.needed())),
            plan.series(new RowRef(table, stated.existing())),
            plan.series(new RowRef(table, stated.shortage())),
            places.need(),
            stated.alsoTry()),
        plan.forecast().rounding());
  }
}
