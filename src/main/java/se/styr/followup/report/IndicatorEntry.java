package se.styr.followup.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import se.styr.goals.Quantity;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;

/**
 * An indicator's value reported at a follow-up occasion for one period (a month "2024-08", a
 * tertial "2024-T1", a half year "2024-H1", the year "2024"), with where it comes from and when it
 * was measured; or that it is missing, and why. The value is a number, a yes or no, or a count out
 * of a set ("3 av 5"), as the indicator's unit says.
 */
public record IndicatorEntry(
    String indicator,
    String period,
    String printed,
    Quantity value,
    boolean missing,
    String reason,
    String source,
    LocalDate measuredOn) {

  public IndicatorEntry {
    Objects.requireNonNull(indicator, "indicator");
    if (!Period.isValid(period)) {
      throw new InvalidValueException(Text.of("goals.invalid.valuePeriod", period));
    }
    if (missing == (value != null)) {
      throw new InvalidValueException(Text.of("goals.invalid.givenOrMissing", period));
    }
    if (missing && (reason == null || reason.isBlank())) {
      throw new InvalidValueException(Text.of("followup.indicator.reason", indicator, period));
    }
    if (value instanceof Quantity.Range) {
      throw new InvalidValueException(Text.of("followup.indicator.range", indicator, period));
    }
    if (value instanceof Quantity.Amount amount) {
      value = new Quantity.Amount(se.styr.followup.Amounts.plain(amount.value()));
    }
  }

  /** A number reported for a period. */
  public static IndicatorEntry number(
      String indicator,
      String period,
      String printed,
      BigDecimal number,
      boolean missing,
      String reason,
      String source,
      LocalDate measuredOn) {
    return new IndicatorEntry(
        indicator,
        period,
        printed,
        number == null ? null : new Quantity.Amount(number),
        missing,
        reason,
        source,
        measuredOn);
  }

  /** The value as a number, or null where it is missing or a yes/no or count out of a set. */
  public BigDecimal number() {
    return value instanceof Quantity.Amount amount ? amount.value() : null;
  }

  /**
   * The value as the plan file writes it where it is not a number: "true", "false" or "3/5"; else
   * null.
   */
  public String answer() {
    return value == null || value instanceof Quantity.Amount ? null : value.text();
  }

  /**
   * Whether the period lies within what an occasion ending after {@code months} of {@code year}
   * covers.
   */
  public boolean within(int year, int months) {
    return Period.within(period, year, months);
  }

  /** "2025-T2: 66" or "2025-T2: saknas (Enkäten genomförs i oktober.)", in Swedish. */
  public String shown() {
    return period
        + ": "
        + (missing
            ? Text.of("followup.page.missingValue", reason).swedish()
            : printed != null ? printed : value.swedish());
  }
}
