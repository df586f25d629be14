package se.styr.forecast;

import java.util.Map;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * How places are reckoned for a forecast: the service that needs them (nursing home), the queue per
 * year where one is given, how persons turn into places needed, and the places there are.
 */
public record PlacePlan(
    String service, Map<Integer, Long> queue, PlaceNeed need, PlaceCapacity capacity) {
  public PlacePlan {
    Keys.require(service, "forecast.what.service");
    queue = Map.copyOf(queue);
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(capacity, "capacity");
    queue.forEach(
        (year, persons) -> {
          if (persons < 0) {
            throw new InvalidValueException(Text.of("forecast.queue.negative", year, persons));
          }
        });
  }
}
