package se.styr.followup;

import java.math.BigDecimal;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;

/**
 * An operational measure (verksamhetsmått, Ale's "Antal vårdygn HVB") counted for one period of a
 * follow-up occasion (a month "2024-08", a tertial "2024-T2", a half year, the year), or that the
 * count is missing, and why.
 */
public record MeasureCount(
    String measure, String period, BigDecimal value, boolean missing, String reason) {

  public MeasureCount {
    Objects.requireNonNull(measure, "measure");
    if (!Period.isValid(period)) {
      throw new InvalidValueException(Text.of("goals.invalid.valuePeriod", period));
    }
    if (missing == (value != null)) {
      throw new InvalidValueException(Text.of("goals.invalid.givenOrMissing", period));
    }
    if (missing && (reason == null || reason.isBlank())) {
      throw new InvalidValueException(Text.of("followup.indicator.reason", measure, period));
    }
    value = Amounts.plain(value);
  }

  /** Whether the period lies within what an occasion ending after {@code months} covers. */
  public boolean within(int year, int months) {
    return Period.within(period, year, months);
  }
}
