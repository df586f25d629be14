package se.styr.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * How a full-year budget spreads over the months, so that a budget to date can be set beside the
 * outcome to date: evenly (linear, the default) or by a monthly profile of the area (last year's
 * outcome profile, holiday pay in summer), twelve non-negative weights in any scale.
 */
public sealed interface Periodisation {
  /** Amounts to date are kept to six decimals, as stored. */
  int SCALE = 6;

  /** The share of the year's budget that falls in its first {@code months} months (0 to 1). */
  BigDecimal shareOfYear(int months);

  /** The budget to date: {@code fullYear} × the share of its first {@code months} months. */
  default BigDecimal toDate(BigDecimal fullYear, int months) {
    return fullYear.multiply(shareOfYear(months)).setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** Every month the same. */
  Periodisation LINEAR = new Linear();

  /** Every month the same. */
  record Linear() implements Periodisation {
    @Override
    public BigDecimal shareOfYear(int months) {
      check(months);
      return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 12, RoundingMode.HALF_UP);
    }
  }

  /** By a monthly profile: weight of January first. */
  record Profile(List<BigDecimal> weights) implements Periodisation {
    public Profile {
      weights = weights.stream().map(Amounts::plain).toList();
      if (weights.size() != 12) {
        throw new InvalidValueException(Text.of("followup.profile.months", weights.size()));
      }
      for (BigDecimal weight : weights) {
        if (weight.signum() < 0) {
          throw new InvalidValueException(Text.of("followup.profile.negative", weight));
        }
      }
      if (weights.stream().allMatch(w -> w.signum() == 0)) {
        throw new InvalidValueException(Text.of("followup.profile.empty"));
      }
    }

    @Override
    public BigDecimal shareOfYear(int months) {
      check(months);
      BigDecimal all = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal first =
          weights.subList(0, months).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      return first.divide(all, 12, RoundingMode.HALF_UP);
    }
  }

  private static void check(int months) {
    if (months < 0 || months > 12) {
      throw new InvalidValueException(Text.of("followup.profile.elapsed", months));
    }
  }
}
