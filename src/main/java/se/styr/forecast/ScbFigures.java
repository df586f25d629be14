package se.styr.forecast;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.styr.forecast.ForecastSpec.BandSource;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * Whether SCB's population is there for every band that takes it, in every year: if not, one
 * refusal that says what to fetch (the municipality, and the years of the outcome and of the
 * forecast that are missing), rather than a forecast computed on a missing figure.
 */
final class ScbFigures {
  private ScbFigures() {}

  static void require(
      ForecastSpec spec, ScbPopulation scb, List<Integer> outcome, List<Integer> forecast) {
    if (scb.region() == null) {
      throw new InvalidValueException(Text.of("forecast.scb.noRegion"));
    }
    if (outcome.isEmpty() && forecast.isEmpty()) {
      throw new InvalidValueException(Text.of("forecast.scb.nothing", scb.region()));
    }
    TreeSet<Integer> missingOutcome = new TreeSet<>();
    TreeSet<Integer> missingForecast = new TreeSet<>();
    for (BandSource band : spec.bands()) {
      if (band.scb()) {
        outcome.stream()
            .filter(y -> scb.persons(band.band(), y, true) == null)
            .forEach(missingOutcome::add);
        forecast.stream()
            .filter(y -> scb.persons(band.band(), y, false) == null)
            .forEach(missingForecast::add);
      }
    }
    if (!missingOutcome.isEmpty() || !missingForecast.isEmpty()) {
      throw new InvalidValueException(
          Text.of(
              "forecast.scb.missing", scb.region(), years(missingOutcome), years(missingForecast)));
    }
  }

  private static String years(TreeSet<Integer> years) {
    return years.isEmpty()
        ? "–"
        : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
