package se.styr.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a stated figure agrees with the one computed from other stated figures.
 *
 * <p>Every printed figure is taken to be rounded to the precision it is printed with (its scale),
 * so each is off by at most half a unit of its last digit. A stated result agrees when the computed
 * value rounds to it. Otherwise the difference is ROUNDING when it is no larger than the sum of
 * those half units over the stated result and every term, and MISMATCH when it is larger.
 *
 * <p>A result of a single figure (a subtotal over one row, a figure repeated elsewhere) is a copy:
 * rounding explains a difference only between summed parts, so a copy agrees when the finer of the
 * two, rounded to the coarser one's precision, is the coarser one, and is a MISMATCH otherwise.
 */
final class Comparison {
  private Comparison() {}

  static BigDecimal halfUnit(BigDecimal printed) {
    return BigDecimal.ONE.scaleByPowerOfTen(-printed.scale()).divide(BigDecimal.valueOf(2));
  }

  /** The kind of disagreement, or empty where the stated figure agrees. */
  static Optional<FindingKind> compare(
      BigDecimal stated, BigDecimal computed, List<BigDecimal> terms) {
    BigDecimal difference = stated.subtract(computed).abs();
    if (difference.signum() == 0) {
      return Optional.empty();
    }
    if (terms.size() == 1) {
      BigDecimal copy = terms.get(0);
      BigDecimal finer = stated.scale() >= copy.scale() ? stated : copy;
      BigDecimal coarser = finer == stated ? copy : stated;
      boolean agrees =
          finer.setScale(coarser.scale(), java.math.RoundingMode.HALF_UP).compareTo(coarser) == 0
              || finer
                      .setScale(coarser.scale(), java.math.RoundingMode.HALF_EVEN)
                      .compareTo(coarser)
                  == 0;
      return agrees ? Optional.empty() : Optional.of(FindingKind.MISMATCH);
    }
    BigDecimal statedHalf = halfUnit(stated);
    if (difference.compareTo(statedHalf) <= 0) {
      return Optional.empty();
    }
    BigDecimal tolerance = statedHalf;
    for (BigDecimal term : terms) {
      tolerance = tolerance.add(halfUnit(term));
    }
    return Optional.of(
        difference.compareTo(tolerance) <= 0 ? FindingKind.ROUNDING : FindingKind.MISMATCH);
  }
}
