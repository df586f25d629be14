package se.styr.forecast;

import java.util.ArrayList;
import java.util.List;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** A service's projected cost in a year: its recipients × its cost per recipient, in kronor. */
public record ProjectedCost(
    int year, String service, String budgetLine, long recipients, long kronor) {

  /** The cost of every service costed, each forecast year. */
  public static List<ProjectedCost> of(
      NeedsForecast forecast, ForecastResult result, List<CostPerRecipient> costs) {
    for (CostPerRecipient cost : costs) {
      if (forecast.services().stream().noneMatch(s -> s.key().equals(cost.service()))) {
        throw new InvalidValueException(Text.of("forecast.service.unknown", cost.service()));
      }
    }
    List<ProjectedCost> projected = new ArrayList<>();
    for (int year : forecast.forecastYears()) {
      for (CostPerRecipient cost : costs) {
        long recipients = result.total(cost.service(), year);
        projected.add(
            new ProjectedCost(
                year,
                cost.service(),
                cost.budgetLine(),
                recipients,
                Math.multiplyExact(recipients, cost.kronor())));
      }
    }
    return projected;
  }
}
