package se.styr.followup;

import java.math.BigDecimal;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A municipality's rules for economy follow-up: which sign its figures give costs, when a deviation
 * needs a comment and measures, and how far a forecast may stray from both projections before it is
 * flagged (a percentage of the full-year budget).
 */
public record EconomyRules(
    AmountSign sign, DeviationThreshold threshold, BigDecimal forecastTolerancePercent) {

  /** Costs as positive figures, a comment for every deviation, forecasts flagged beyond 5 %. */
  public static final EconomyRules DEFAULT =
      new EconomyRules(AmountSign.COSTS_POSITIVE, DeviationThreshold.ANY, BigDecimal.valueOf(5));

  /** How a plan's figures give costs, which decides the sign of a deviation. */
  public enum AmountSign {
    /** Net costs as positive figures: deviation = budget − forecast. */
    COSTS_POSITIVE,
    /** Net results, costs negative: deviation = forecast − budget. */
    COSTS_NEGATIVE
  }

  public EconomyRules {
    Objects.requireNonNull(sign, "sign");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(forecastTolerancePercent, "forecast tolerance");
    if (forecastTolerancePercent.signum() < 0) {
      throw new InvalidValueException(Text.of("followup.threshold.negative"));
    }
  }

  /** Budget against forecast, positive where the forecast is better than the budget. */
  public BigDecimal deviation(BigDecimal budget, BigDecimal forecast) {
    if (budget == null || forecast == null) {
      return null;
    }
    return sign == AmountSign.COSTS_POSITIVE
        ? budget.subtract(forecast)
        : forecast.subtract(budget);
  }
}
