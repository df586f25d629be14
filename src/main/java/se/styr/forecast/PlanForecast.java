package se.styr.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.styr.forecast.ForecastSpec.BandRate;
import se.styr.forecast.ForecastSpec.BandSource;
import se.styr.forecast.ForecastSpec.ServiceSource;
import se.styr.forecast.StatisticsRows.YearFigure;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A plan's needs forecast with its figures read from the plan's own tables: the years of the first
 * band's population row say which years are outcome and which forecast (its blank cells are no
 * year), every figure read must be a whole number, a row named that is not there is refused.
 */
public final class PlanForecast {
  private final ForecastSpec spec;
  private final StatisticsRows rows;
  private final ScbPopulation scb;
  private final NeedsForecast needs;

  public PlanForecast(ForecastSpec spec, StatisticsRows rows) {
    this(spec, rows, ScbPopulation.NONE);
  }

  /** A forecast whose bands may take their population from SCB as stored ({@code scb}). */
  public PlanForecast(ForecastSpec spec, StatisticsRows rows, ScbPopulation scb) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.rows = Objects.requireNonNull(rows, "rows");
    this.scb = Objects.requireNonNull(scb, "scb");
    this.needs = needs();
  }

  public ForecastSpec spec() {
    return spec;
  }

  public NeedsForecast forecast() {
    return needs;
  }

  private NeedsForecast needs() {
    if (spec.bands().isEmpty()) {
      throw new InvalidValueException(Text.of("forecast.band.none"));
    }
    List<Integer> outcome = new ArrayList<>();
    List<Integer> forecast = new ArrayList<>();
    years().forEach((year, isOutcome) -> (isOutcome ? outcome : forecast).add(year));
    if (spec.usesScb()) {
      ScbFigures.require(spec, scb, outcome, forecast);
    }
    List<PopulationFigure> population = new ArrayList<>();
    for (BandSource band : spec.bands()) {
      population(band, outcome, forecast)
          .forEach(
              (year, n) -> {
                if (n != null) {
                  population.add(new PopulationFigure(band.band().key(), year, n));
                }
              });
    }
    List<RecipientFigure> recipients = new ArrayList<>();
    Map<BandService, RateChoice> choices = new LinkedHashMap<>();
    for (ServiceSource service : spec.services()) {
      for (BandRate rate : service.bands()) {
        String key = service.service().key();
        choices.put(new BandService(rate.band(), key), rate.rate());
        for (YearFigure f : figures(rate.recipients())) {
          if (f.outcome() && outcome.contains(f.year()) && f.value() != null) {
            recipients.add(
                new RecipientFigure(rate.band(), key, f.year(), whole(rate.recipients(), f)));
          }
        }
      }
    }
    return new NeedsForecast(
        spec.bands().stream().map(BandSource::band).toList(),
        spec.services().stream().map(ServiceSource::service).toList(),
        outcome,
        forecast,
        population,
        recipients,
        choices,
        new RateChoice.Latest(),
        spec.rounding());
  }

  /**
   * The forecast's years, each with whether it is an outcome year: the columns of the first band
   * whose population is a row (a blank cell is no year), else the years stored from SCB.
   */
  private Map<Integer, Boolean> years() {
    Map<Integer, Boolean> years = new LinkedHashMap<>();
    for (BandSource band : spec.bands()) {
      if (!band.scb()) {
        for (YearFigure f : figures(band.population())) {
          if (f.value() != null) {
            years.put(f.year(), f.outcome());
          }
        }
        return years;
      }
    }
    years.putAll(scb.years());
    return years;
  }

  /** A band's population by year: its row's whole figures, or SCB's (null where not stored). */
  private Map<Integer, Long> population(
      BandSource band, List<Integer> outcome, List<Integer> forecast) {
    if (!band.scb()) {
      return whole(band.population());
    }
    Map<Integer, Long> figures = new LinkedHashMap<>();
    outcome.forEach(y -> figures.put(y, scb.persons(band.band(), y, true)));
    forecast.forEach(y -> figures.put(y, scb.persons(band.band(), y, false)));
    return figures;
  }

  /** The figures of every row the forecast reads, projected. */
  public ForecastResult result() {
    return Projection.project(needs);
  }

  /** The places of the forecast's places service, or null if it reckons no places. */
  public PlacePlan places() {
    ForecastSpec.PlacesSource places = spec.places();
    if (places == null) {
      return null;
    }
    Map<Integer, Long> queue = places.queue() == null ? Map.of() : whole(places.queue());
    return new PlacePlan(places.service(), queue, places.need(), places.capacity());
  }

  /**
   * The costs per recipient, service by service: as the plan states them, or taken from its budget
   * (the budget row's figure for the year over the service's projected recipients then, rounded
   * half up to whole kronor; left out when the budget states no figure or no one is projected).
   */
  public List<CostPerRecipient> costs() {
    List<CostPerRecipient> costs = new ArrayList<>();
    ForecastResult result = null;
    for (ServiceSource service : spec.services()) {
      if (service.cost() != null) {
        costs.add(service.cost());
      } else if (service.fromBudget() != null) {
        BudgetCost budget = service.fromBudget();
        result = result == null ? result() : result;
        long recipients = result.total(service.service().key(), budget.year());
        java.util.Optional<BigDecimal> kronor =
            rows.budgetKronor(budget.budgetRow(), budget.year());
        if (kronor.isPresent() && recipients > 0) {
          costs.add(
              new CostPerRecipient(
                  service.service().key(),
                  kronor
                      .get()
                      .divide(BigDecimal.valueOf(recipients), 0, java.math.RoundingMode.HALF_UP)
                      .longValueExact(),
                  budget.budgetRow().toString()));
        }
      }
    }
    return costs;
  }

  /** The base and every scenario computed side by side: recipients, places, costs. */
  public ScenarioComparison comparison() {
    PlacePlan places = places();
    if (places != null) {
      return Scenarios.compare(needs, places, costs(), spec.scenarios());
    }
    List<ForecastCase> cases = new ArrayList<>();
    for (Scenario scenario : spec.scenarios()) {
      cases.add(withoutPlaces(scenario.key(), scenario.applyTo(needs)));
    }
    return new ScenarioComparison(withoutPlaces("base", needs), cases);
  }

  private ForecastCase withoutPlaces(String key, NeedsForecast forecast) {
    ForecastResult result = Projection.project(forecast);
    return new ForecastCase(key, result, List.of(), ProjectedCost.of(forecast, result, costs()));
  }

  /** The row's figures, refused if the plan has no such row. */
  List<YearFigure> figures(RowRef ref) {
    return rows.row(ref)
        .orElseThrow(() -> new InvalidValueException(Text.of("forecast.plan.noRow", ref)));
  }

  /** The row's stated figures by year as whole numbers; blank cells left out. */
  Map<Integer, Long> whole(RowRef ref) {
    Map<Integer, Long> values = new LinkedHashMap<>();
    for (YearFigure f : figures(ref)) {
      if (f.value() != null) {
        values.put(f.year(), whole(ref, f));
      }
    }
    return values;
  }

  private static long whole(RowRef ref, YearFigure f) {
    BigDecimal value = f.value().stripTrailingZeros();
    if (value.scale() > 0) {
      throw new InvalidValueException(
          Text.of("forecast.plan.notWhole", ref, f.year(), f.value().toPlainString()));
    }
    return value.longValueExact();
  }

  /** A band's population as a review reads it: its row, or SCB's figures by year. */
  StatedSeries series(BandSource band) {
    if (!band.scb()) {
      return series(band.population());
    }
    return new StatedSeries(
        ForecastFile.SCB,
        band.band().key(),
        population(band, needs.outcomeYears(), needs.forecastYears()));
  }

  /** The row as a review reads it: the stated figure of each year, null where blank. */
  StatedSeries series(RowRef ref) {
    Map<Integer, Long> values = new LinkedHashMap<>();
    for (YearFigure f : figures(ref)) {
      values.put(f.year(), f.value() == null ? null : whole(ref, f));
    }
    return new StatedSeries(ref.table(), ref.row(), values);
  }
}
