package se.styr.forecast;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** The recipients of a service in an age band in an outcome year. */
public record RecipientFigure(String band, String service, int year, long recipients) {
  public RecipientFigure {
    Keys.require(band, "forecast.what.band");
    Keys.require(service, "forecast.what.service");
    if (recipients < 0) {
      throw new InvalidValueException(
          Text.of("forecast.recipients.negative", service, band, year, recipients));
    }
  }
}
