package se.styr.forecast;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** Places opened (or, negative, closed) from a year on: Solgården's 16 places from 2026. */
public record PlannedPlaces(int fromYear, long places) {
  public PlannedPlaces {
    if (places == 0) {
      throw new InvalidValueException(Text.of("forecast.places.plannedNone", fromYear));
    }
  }
}
