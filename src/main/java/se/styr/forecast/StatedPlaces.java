package se.styr.forecast;

import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A plan's stated table of nursing home places: the residents per band (and the rows of the
 * forecast table they repeat, in the same order), the queue, the total, the places needed, the
 * existing places and the shortage; the method of need the plan states, and other methods to try
 * when it does not give a figure (such as a factor the reviewer infers).
 */
public record StatedPlaces(
    List<Integer> years,
    List<StatedSeries> residents,
    List<StatedSeries> residentSources,
    StatedSeries queue,
    StatedSeries total,
    StatedSeries needed,
    StatedSeries existing,
    StatedSeries shortage,
    PlaceNeed statedNeed,
    List<PlaceNeed> otherNeeds) {
  public StatedPlaces {
    years = Years.chosen(years);
    residents = List.copyOf(residents);
    residentSources = List.copyOf(residentSources);
    if (residentSources.size() != residents.size()) {
      throw new InvalidValueException(
          Text.of("forecast.review.sources", residents.size(), residentSources.size()));
    }
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(needed, "needed");
    Objects.requireNonNull(existing, "existing");
    Objects.requireNonNull(shortage, "shortage");
    Objects.requireNonNull(statedNeed, "statedNeed");
    otherNeeds = List.copyOf(otherNeeds);
  }
}
