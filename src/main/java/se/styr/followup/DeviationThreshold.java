package se.styr.followup;

import java.math.BigDecimal;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * When a deviation needs a comment (and, when it is a deficit, measures to restore balance): at or
 * beyond an amount in the plan's unit, or a percentage of the full-year budget, whichever is stated
 * (either, or both: the first reached counts). With neither, every deviation but zero needs one.
 */
public record DeviationThreshold(BigDecimal amount, BigDecimal percent) {
  public static final DeviationThreshold ANY = new DeviationThreshold(null, null);

  public DeviationThreshold {
    if ((amount != null && amount.signum() < 0) || (percent != null && percent.signum() < 0)) {
      throw new InvalidValueException(Text.of("followup.threshold.negative"));
    }
  }

  /** Whether {@code deviation} (of {@code percentOfBudget} %, null if unknown) passes it. */
  public boolean passedBy(BigDecimal deviation, BigDecimal percentOfBudget) {
    if (deviation == null || deviation.signum() == 0) {
      return false;
    }
    if (amount == null && percent == null) {
      return true;
    }
    boolean byAmount = amount != null && deviation.abs().compareTo(amount) >= 0;
    boolean byPercent =
        percent != null && percentOfBudget != null && percentOfBudget.abs().compareTo(percent) >= 0;
    return byAmount || byPercent;
  }
}
