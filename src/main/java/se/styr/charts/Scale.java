package se.styr.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A numeric axis: round ticks (1, 2 or 5 times a power of ten) from {@code low} to {@code high},
 * exact, covering every value given. Only the mapping to pixels uses floating point.
 */
final class Scale {
  private static final int TICKS_WANTED = 5;

  final BigDecimal low;
  final BigDecimal high;
  final List<BigDecimal> ticks;

  private Scale(BigDecimal low, BigDecimal high, List<BigDecimal> ticks) {
    this.low = low;
    this.high = high;
    this.ticks = List.copyOf(ticks);
  }

  /** A scale with fixed ends and ticks, e.g. yes/no: ticks 0 and 1 within -0.25 to 1.25. */
  static Scale fixed(BigDecimal low, BigDecimal high, List<BigDecimal> ticks) {
    return new Scale(low, high, ticks);
  }

  /**
   * Round ticks around {@code values} (at least one), with zero if asked; the padding of a single
   * value stays within {@code floor} and {@code ceiling} (null for none) when the value does.
   */
  static Scale covering(
      List<BigDecimal> values, boolean withZero, BigDecimal floor, BigDecimal ceiling) {
    return covering(values, withZero, floor, ceiling, false);
  }

  /** As above; with {@code whole} the ticks are whole numbers, for counts. */
  static Scale covering(
      List<BigDecimal> values,
      boolean withZero,
      BigDecimal floor,
      BigDecimal ceiling,
      boolean whole) {
    BigDecimal min = values.stream().reduce(BigDecimal::min).orElseThrow();
    BigDecimal max = values.stream().reduce(BigDecimal::max).orElseThrow();
    if (withZero) {
      min = min.min(BigDecimal.ZERO);
      max = max.max(BigDecimal.ZERO);
    }
    if (min.compareTo(max) == 0) {
      BigDecimal pad = min.signum() == 0 ? BigDecimal.ONE : min.abs().movePointLeft(1);
      BigDecimal value = min;
      min = value.subtract(pad);
      max = value.add(pad);
      if (floor != null && value.compareTo(floor) >= 0) {
        min = min.max(floor);
      }
      if (ceiling != null && value.compareTo(ceiling) <= 0) {
        max = max.min(ceiling);
      }
    }
    BigDecimal step = step(max.subtract(min));
    if (whole && step.compareTo(BigDecimal.ONE) < 0) {
      step = BigDecimal.ONE;
    }
    BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
      ticks.add(tick.setScale(Math.max(0, step.scale()), RoundingMode.UNNECESSARY));
    }
    return new Scale(low, high, ticks);
  }

  private static BigDecimal step(BigDecimal range) {
    BigDecimal rough = range.divide(BigDecimal.valueOf(TICKS_WANTED), MathContext.DECIMAL64);
    int exponent = rough.precision() - rough.scale() - 1;
    BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    BigDecimal normal = rough.divide(magnitude, MathContext.DECIMAL64);
    int factor =
        normal.compareTo(BigDecimal.ONE) <= 0
            ? 1
            : normal.compareTo(BigDecimal.valueOf(2)) <= 0
                ? 2
                : normal.compareTo(BigDecimal.valueOf(5)) <= 0 ? 5 : 10;
    BigDecimal step = magnitude.multiply(BigDecimal.valueOf(factor)).stripTrailingZeros();
    return step.scale() < 0 ? step.setScale(0) : step;
  }

  boolean contains(BigDecimal value) {
    return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
  }

  /**
   * Where {@code value} lies between pixel {@code from} (at low) and pixel {@code to} (at high).
   */
  double at(BigDecimal value, double from, double to) {
    double share = value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
    return from + share * (to - from);
  }
}
