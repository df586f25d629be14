package se.styr.forecast;

import java.util.Objects;

/**
 * A service's cost per recipient taken from the budget rather than stated: the figure of the
 * operating budget row in the budget column of {@code year} (in kronor, by the table's unit)
 * divided by the service's projected recipients that year, rounded half up to whole kronor. The
 * projected cost of the other years is that cost times their recipients, against the same row.
 */
public record BudgetCost(String service, RowRef budgetRow, int year) {
  public BudgetCost {
    Keys.require(service, "forecast.what.service");
    Objects.requireNonNull(budgetRow, "budget row");
  }
}
