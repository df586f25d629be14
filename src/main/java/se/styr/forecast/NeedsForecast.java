package se.styr.forecast;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * What a plan's needs forecast starts from: its age bands and services, the population of every
 * band in every outcome and forecast year, the recipients of every service in every outcome year,
 * how each row's rate is chosen (else {@code defaultChoice}) and how projected recipients are
 * rounded to whole persons. Refuses bands that overlap, a year missing, a band of no persons in an
 * outcome year.
 */
public final class NeedsForecast {
  private final List<AgeBand> bands;
  private final List<Service> services;
  private final List<Integer> outcomeYears;
  private final List<Integer> forecastYears;
  private final Map<String, Map<Integer, Long>> population = new HashMap<>();
  private final Map<BandService, Map<Integer, Long>> recipients = new HashMap<>();
  private final Map<BandService, RateChoice> choices;
  private final RateChoice defaultChoice;
  private final RoundingMode rounding;

  public NeedsForecast(
      List<AgeBand> bands,
      List<Service> services,
      List<Integer> outcomeYears,
      List<Integer> forecastYears,
      List<PopulationFigure> population,
      List<RecipientFigure> recipients,
      Map<BandService, RateChoice> choices,
      RateChoice defaultChoice,
      RoundingMode rounding) {
    this.bands = List.copyOf(bands);
    this.services = List.copyOf(services);
    this.outcomeYears = outcomeYears.isEmpty() ? List.of() : Years.chosen(outcomeYears);
    this.forecastYears = Years.chosen(forecastYears);
    this.choices = Map.copyOf(choices);
    this.defaultChoice = Objects.requireNonNull(defaultChoice, "defaultChoice");
    this.rounding = rounding == null ? RoundingMode.HALF_UP : rounding;
    ForecastInputRules.check(this, population, recipients);
    for (PopulationFigure p : population) {
      this.population.computeIfAbsent(p.band(), b -> new HashMap<>()).put(p.year(), p.persons());
    }
    for (RecipientFigure r : recipients) {
      this.recipients
          .computeIfAbsent(new BandService(r.band(), r.service()), b -> new HashMap<>())
          .put(r.year(), r.recipients());
    }
  }

  public List<AgeBand> bands() {
    return bands;
  }

  public List<Service> services() {
    return services;
  }

  public List<Integer> outcomeYears() {
    return outcomeYears;
  }

  public List<Integer> forecastYears() {
    return forecastYears;
  }

  public RoundingMode rounding() {
    return rounding;
  }

  /** Every row of the forecast, band by band, each band's services in the given order. */
  public List<BandService> rows() {
    List<BandService> rows = new ArrayList<>();
    for (AgeBand band : bands) {
      for (Service service : services) {
        rows.add(new BandService(band.key(), service.key()));
      }
    }
    return rows;
  }

  public long population(String band, int year) {
    Long persons = population.getOrDefault(band, Map.of()).get(year);
    if (persons == null) {
      throw new InvalidValueException(Text.of("forecast.population.missing", band, year));
    }
    return persons;
  }

  public long recipients(BandService row, int year) {
    Long count = recipients.getOrDefault(row, Map.of()).get(year);
    if (count == null) {
      throw new InvalidValueException(
          Text.of("forecast.recipients.missing", row.service(), row.band(), year));
    }
    return count;
  }

  /** An outcome year's rate: its recipients over its population, exact. */
  public CoverageRate outcomeRate(BandService row, int year) {
    if (!outcomeYears.contains(year)) {
      throw new InvalidValueException(
          Text.of("forecast.rate.notOutcome", row.service(), row.band(), year));
    }
    return CoverageRate.of(recipients(row, year), population(row.band(), year));
  }

  public RateChoice choice(BandService row) {
    return choices.getOrDefault(row, defaultChoice);
  }

  /** The same forecast with the rates of some rows chosen otherwise (a scenario's). */
  public NeedsForecast withChoices(Map<BandService, RateChoice> others) {
    Map<BandService, RateChoice> merged = new LinkedHashMap<>(choices);
    merged.putAll(others);
    return new NeedsForecast(
        bands,
        services,
        outcomeYears,
        forecastYears,
        populationFigures(),
        recipientFigures(),
        merged,
        defaultChoice,
        rounding);
  }

  List<PopulationFigure> populationFigures() {
    List<PopulationFigure> figures = new ArrayList<>();
    population.forEach(
        (band, years) -> years.forEach((y, n) -> figures.add(new PopulationFigure(band, y, n))));
    return figures;
  }

  List<RecipientFigure> recipientFigures() {
    List<RecipientFigure> figures = new ArrayList<>();
    recipients.forEach(
        (row, years) ->
            years.forEach(
                (y, n) -> figures.add(new RecipientFigure(row.band(), row.service(), y, n))));
    return figures;
  }

  Map<BandService, RateChoice> choices() {
    return choices;
  }
}
