package se.styr.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The nursing home places each forecast year needs, against the places there will be. */
public final class PlacesForecast {
  private PlacesForecast() {}

  /**
   * For each forecast year: the service's projected recipients (the sum of the rounded band rows,
   * as the plan's table shows them) plus the year's queue if given, the places {@code need} makes
   * of them, the places {@code capacity} has that year.
   */
  public static List<PlaceBalance> balance(
      NeedsForecast forecast,
      ForecastResult result,
      String service,
      Map<Integer, Long> queue,
      PlaceNeed need,
      PlaceCapacity capacity) {
    List<PlaceBalance> balances = new ArrayList<>();
    for (int year : forecast.forecastYears()) {
      balances.add(
          balance(year, result.total(service, year), queue.get(year), need, capacity, forecast));
    }
    return balances;
  }

  static PlaceBalance balance(
      int year,
      long residents,
      Long queue,
      PlaceNeed need,
      PlaceCapacity capacity,
      NeedsForecast forecast) {
    long persons = queue == null ? residents : Math.addExact(residents, queue);
    return new PlaceBalance(
        year, residents, queue, need.needed(persons, forecast.rounding()), capacity.placesIn(year));
  }
}
