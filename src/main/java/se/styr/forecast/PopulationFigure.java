package se.styr.forecast;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** The population of an age band in a year, outcome or forecast. */
public record PopulationFigure(String band, int year, long persons) {
  public PopulationFigure {
    Keys.require(band, "forecast.what.band");
    if (persons < 0) {
      throw new InvalidValueException(Text.of("forecast.population.negative", band, year, persons));
    }
  }
}
