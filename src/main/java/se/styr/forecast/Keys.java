package se.styr.forecast;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** The keys that name bands, services and scenarios: never blank. */
final class Keys {
  private Keys() {}

  static void require(String key, String what) {
    if (key == null || key.isBlank()) {
      throw new InvalidValueException(Text.of("forecast.key.blank", Text.of(what)));
    }
  }
}
