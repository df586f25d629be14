package se.styr.forecast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction, kept in lowest terms with a positive denominator: a coverage rate before it is
 * printed, a projected number of recipients before it is rounded to whole persons.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  public Ratio {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("a fraction over zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  public static Ratio of(long numerator, long denominator) {
    return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Ratio of(long whole) {
    return of(whole, 1);
  }

  /** The exact value of a decimal: 0.8 is 4/5. */
  public static Ratio of(BigDecimal decimal) {
    BigDecimal d = decimal.stripTrailingZeros();
    return d.scale() <= 0
        ? new Ratio(d.toBigIntegerExact(), BigInteger.ONE)
        : new Ratio(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** A percentage as a plan prints it: 4.46 is 446/10000. */
  public static Ratio percent(BigDecimal percent) {
    return percent(of(percent));
  }

  /** A percentage held as a fraction: 10 % of itself is 1/10. */
  public static Ratio percent(Ratio percent) {
    return percent.dividedBy(new Ratio(HUNDRED, BigInteger.ONE));
  }

  public Ratio plus(Ratio other) {
    return new Ratio(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Ratio minus(Ratio other) {
    return plus(other.negate());
  }

  public Ratio negate() {
    return new Ratio(numerator.negate(), denominator);
  }

  public Ratio times(Ratio other) {
    return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Ratio times(long factor) {
    return new Ratio(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  public Ratio dividedBy(Ratio other) {
    return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  public int signum() {
    return numerator.signum();
  }

  /** Rounded to a whole number once, the way the plan states. */
  public long round(RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, mode).longValueExact();
  }

  /** Rounded to {@code scale} decimals, for showing: 105.54 for 2364 × 108/2419. */
  public BigDecimal decimal(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /** As a percentage rounded to {@code scale} decimals, the way a plan prints a rate. */
  public BigDecimal percent(int scale, RoundingMode mode) {
    return times(Ratio.of(100)).decimal(scale, mode);
  }

  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
