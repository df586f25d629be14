package se.styr.forecast;

import java.util.ArrayList;
import java.util.List;

/** The base and each scenario computed side by side, and what each scenario changes. */
public final class Scenarios {
  private Scenarios() {}

  public static ScenarioComparison compare(
      NeedsForecast base,
      PlacePlan places,
      List<CostPerRecipient> costs,
      List<Scenario> scenarios) {
    ForecastCase baseCase = compute("base", base, places, places.capacity(), costs);
    List<ForecastCase> cases = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      cases.add(
          compute(
              scenario.key(),
              scenario.applyTo(base),
              places,
              scenario.applyTo(places.capacity()),
              costs));
    }
    return new ScenarioComparison(baseCase, cases);
  }

  private static ForecastCase compute(
      String key,
      NeedsForecast forecast,
      PlacePlan places,
      PlaceCapacity capacity,
      List<CostPerRecipient> costs) {
    ForecastResult result = Projection.project(forecast);
    return new ForecastCase(
        key,
        result,
        PlacesForecast.balance(
            forecast, result, places.service(), places.queue(), places.need(), capacity),
        ProjectedCost.of(forecast, result, costs));
  }
}
