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
  private final NeedsForecast needs;

  public PlanForecast(ForecastSpec spec, StatisticsRows rows) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.rows = Objects.requireNonNull(rows, "rows");
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
    for (YearFigure f : figures(spec.bands().get(0).population())) {
      if (f.value() != null) {
        (f.outcome() ? outcome : forecast).add(f.year());
      }
    }
    List<PopulationFigure> population = new ArrayList<>();
    for (BandSource band : spec.bands()) {
      whole(band.population())
          .forEach((year, n) -> population.add(new PopulationFigure(band.band().key(), year, n)));
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

  /** The costs per recipient the plan states, service by service (none stated: empty). */
  public List<CostPerRecipient> costs() {
    return spec.services().stream().map(ServiceSource::cost).filter(Objects::nonNull).toList();
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

  /** The row as a review reads it: the stated figure of each year, null where blank. */
  StatedSeries series(RowRef ref) {
    Map<Integer, Long> values = new LinkedHashMap<>();
    for (YearFigure f : figures(ref)) {
      values.put(f.year(), f.value() == null ? null : whole(ref, f));
    }
    return new StatedSeries(ref.table(), ref.row(), values);
  }
}
