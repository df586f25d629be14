package se.styr.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** How the places needed follow from the persons in need of a place (residents and queue). */
public sealed interface PlaceNeed {
  /** The places needed, rounded once to whole places. */
  long needed(long persons, RoundingMode rounding);

  /** Persons × a factor of need or occupancy: 153 × 0.8 = 122.4 → 122. */
  record Factor(BigDecimal factor) implements PlaceNeed {
    public Factor {
      positive(factor);
    }

    @Override
    public long needed(long persons, RoundingMode rounding) {
      return Ratio.of(factor).times(persons).round(rounding);
    }
  }

  /** Persons ÷ the turnover of places in a year: 151 / 1.34 = 112.7 → 113. */
  record Turnover(BigDecimal turnover) implements PlaceNeed {
    public Turnover {
      positive(turnover);
    }

    @Override
    public long needed(long persons, RoundingMode rounding) {
      return Ratio.of(persons).dividedBy(Ratio.of(turnover)).round(rounding);
    }
  }

  static PlaceNeed factor(String factor) {
    return new Factor(new BigDecimal(factor));
  }

  static PlaceNeed turnover(String turnover) {
    return new Turnover(new BigDecimal(turnover));
  }

  private static void positive(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() <= 0) {
      throw new InvalidValueException(Text.of("forecast.places.factor", value.toPlainString()));
    }
  }
}
