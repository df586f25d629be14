package se.styr.forecast;

import java.util.ArrayList;
import java.util.List;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** The nursing home places there are, and those planned from a given year. */
public record PlaceCapacity(long existing, List<PlannedPlaces> planned) {
  public PlaceCapacity {
    if (existing < 0) {
      throw new InvalidValueException(Text.of("forecast.places.negative", existing));
    }
    planned = List.copyOf(planned);
  }

  public static PlaceCapacity of(long existing) {
    return new PlaceCapacity(existing, List.of());
  }

  /** The same capacity with {@code places} more from {@code year} on. */
  public PlaceCapacity plus(int year, long places) {
    List<PlannedPlaces> more = new ArrayList<>(planned);
    more.add(new PlannedPlaces(year, places));
    return new PlaceCapacity(existing, more);
  }

  /** The places there are in {@code year}: the existing ones and every plan begun by then. */
  public long placesIn(int year) {
    long places = existing;
    for (PlannedPlaces p : planned) {
      if (p.fromYear() <= year) {
        places = Math.addExact(places, p.places());
      }
    }
    if (places < 0) {
      throw new InvalidValueException(Text.of("forecast.places.belowZero", year, places));
    }
    return places;
  }
}
