package se.styr.goals;

import java.math.BigDecimal;
import se.styr.shared.FileWords;

/**
 * What a budget adherence figure measures, in percent: the share of the budget used (100 = exactly
 * on budget), or the deviation from the budget (0 = exactly on budget, −0,3 = 0,3 % off). A rule's
 * bands read one of them, an indicator's values may be the other; the assessment converts.
 */
public enum BudgetMeasure {
  SHARE_OF_BUDGET_USED,
  DEVIATION;

  /**
   * {@code value} measured as this, converted to {@code wanted}. A deviation either way is as far
   * from the budget: −0,3 and +0,3 are both 99,7 % adherence; a share of 99,7 % is a deviation of
   * −0,3.
   */
  public BigDecimal convert(BigDecimal value, BudgetMeasure wanted) {
    if (this == wanted) {
      return value;
    }
    BigDecimal hundred = BigDecimal.valueOf(100);
    return this == DEVIATION ? hundred.subtract(value.abs()) : value.subtract(hundred);
  }

  public String fileName() {
    return FileWords.of(this);
  }
}
