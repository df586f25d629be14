package se.styr.forecast;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * What one recipient of a service costs in a year, in whole kronor: a stated standard cost, or one
 * the caller took from the budget; {@code budgetLine} is the key of the operating budget line the
 * cost drives.
 */
public record CostPerRecipient(String service, long kronor, String budgetLine) {
  public CostPerRecipient {
    Keys.require(service, "forecast.what.service");
    Keys.require(budgetLine, "forecast.what.budgetLine");
    if (kronor < 0) {
      throw new InvalidValueException(Text.of("forecast.cost.negative", service, kronor));
    }
  }
}
