package se.styr.forecast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.styr.forecast.ForecastSpec.BandRate;
import se.styr.forecast.ForecastSpec.BandSource;
import se.styr.forecast.ForecastSpec.PlacesSource;
import se.styr.forecast.ForecastSpec.ServiceSource;
import se.styr.forecast.ForecastSpec.StatedPlacesRows;
import se.styr.shared.InvalidValueException;
import se.styr.shared.RuleProblem;
import se.styr.shared.Text;

/**
 * The plan rules of its forecasts: every row named is a row of the plan's tables, every band and
 * service named is the forecast's own, and the figures read make a forecast (bands that do not
 * overlap, a population for every band and year, whole numbers). Each problem names the forecast
 * and the field, at the line the field was written.
 */
public final class ForecastReferences {
  private final ForecastSpec spec;
  private final StatisticsRows rows;
  private final List<RuleProblem> problems = new ArrayList<>();

  private ForecastReferences(ForecastSpec spec, StatisticsRows rows) {
    this.spec = spec;
    this.rows = rows;
  }

  public static List<RuleProblem> check(Forecasts forecasts, StatisticsRows rows) {
    List<RuleProblem> problems = new ArrayList<>();
    for (ForecastSpec spec : forecasts.list()) {
      problems.addAll(new ForecastReferences(spec, rows).check());
    }
    return problems;
  }

  private List<RuleProblem> check() {
    String path = ForecastFile.FIELD + "/" + spec.key();
    Set<String> bands = new HashSet<>();
    for (BandSource band : spec.bands()) {
      bands.add(band.band().key());
      row(band.population(), path + "/bands/" + band.band().key() + "/population", "population");
    }
    Set<String> services = new HashSet<>();
    for (ServiceSource service : spec.services()) {
      String at = path + "/services/" + service.service().key();
      services.add(service.service().key());
      row(service.total(), at + "/total", "total");
      if (service.cost() != null) {
        RowRef.parse(service.cost().budgetLine()).ifPresent(r -> row(r, at + "/cost", "budgetRow"));
      }
      if (service.fromBudget() != null) {
        row(service.fromBudget().budgetRow(), at + "/cost", "budgetRow");
      }
      for (BandRate rate : service.bands()) {
        if (!bands.contains(rate.band())) {
          add(at + "/bands/" + rate.band(), Text.of("forecast.band.unknown", rate.band()));
        }
        row(rate.recipients(), at + "/bands/" + rate.band() + "/recipients", "recipients");
      }
    }
    places(spec.places(), path + "/places", services);
    // a population from SCB is national data, not the plan's: it may be fetched after the plan is
    // stored, so only the forecast page computes such a forecast (and says what is missing)
    if (problems.isEmpty() && !spec.usesScb()) {
      try {
        PlanForecast forecast = new PlanForecast(spec, rows);
        forecast.comparison();
        PlanForecastReview.of(forecast);
      } catch (InvalidValueException e) {
        add(path, e.text());
      } catch (ArithmeticException e) {
        add(path, Text.verbatim(String.valueOf(e.getMessage())));
      }
    }
    return problems;
  }

  private void places(PlacesSource places, String at, Set<String> services) {
    if (places == null) {
      return;
    }
    if (!services.contains(places.service())) {
      add(at + "/service", Text.of("forecast.service.unknown", places.service()));
    }
    row(places.queue(), at + "/queue", "queue");
    StatedPlacesRows stated = places.stated();
    if (stated == null) {
      return;
    }
    if (!rows.hasTable(stated.table())) {
      add(at + "/stated", Text.of("forecast.rule.noTable", "table", stated.table()));
      return;
    }
    if (stated.residents().size() != spec.bands().size()) {
      add(
          at + "/stated",
          Text.of("forecast.rule.residents", stated.residents().size(), spec.bands().size()));
    }
    List<String> named = new ArrayList<>(stated.residents());
    named.addAll(List.of(stated.total(), stated.needed(), stated.existing(), stated.shortage()));
    for (String row : named) {
      row(new RowRef(stated.table(), row), at + "/stated", "stated");
    }
  }

  private void row(RowRef ref, String path, String field) {
    if (ref == null) {
      return;
    }
    if (!rows.hasTable(ref.table())) {
      add(path, Text.of("forecast.rule.noTable", field, ref.table()));
    } else if (rows.row(ref).isEmpty()) {
      add(path, Text.of("forecast.rule.noRow", field, ref.row(), ref.table()));
    }
  }

  private void add(String path, Text text) {
    problems.add(
        new RuleProblem(null, null, null, path, Text.of("forecast.rule.at", spec.key(), text)));
  }
}
