package se.styr.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The share of an age band that receives a service, exact (108/2419, not 4.46 %) until the
 * projected recipients are rounded.
 */
public record CoverageRate(Ratio share) {
  public CoverageRate {
    Objects.requireNonNull(share, "share");
    if (share.signum() < 0) {
      throw new ArithmeticException("a negative coverage rate");
    }
  }

  /** Recipients over population, as an outcome year gives them. */
  public static CoverageRate of(long recipients, long population) {
    return new CoverageRate(Ratio.of(recipients, population));
  }

  /** A percentage as the plan prints it: 4.46 for 4.46 %. */
  public static CoverageRate percent(BigDecimal percent) {
    return new CoverageRate(Ratio.percent(percent));
  }

  public static CoverageRate percent(String percent) {
    return percent(new BigDecimal(percent));
  }

  /** The exact number of recipients among {@code population} persons, before rounding. */
  public Ratio recipients(long population) {
    return share.times(population);
  }

  /** The rate as a plan prints it, rounded half up to {@code scale} decimals of a percent. */
  public BigDecimal percent(int scale) {
    return share.percent(scale, RoundingMode.HALF_UP);
  }
}
