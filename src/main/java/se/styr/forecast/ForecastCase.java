package se.styr.forecast;

import java.util.List;

/** The base or one scenario, computed: recipients, places and costs. */
public record ForecastCase(
    String key, ForecastResult result, List<PlaceBalance> places, List<ProjectedCost> costs) {
  public ForecastCase {
    places = List.copyOf(places);
    costs = List.copyOf(costs);
  }

  public PlaceBalance place(int year) {
    return places.stream().filter(p -> p.year() == year).findFirst().orElseThrow();
  }

  public long cost(String service, int year) {
    return costs.stream()
        .filter(c -> c.year() == year && c.service().equals(service))
        .mapToLong(ProjectedCost::kronor)
        .findFirst()
        .orElseThrow();
  }
}
