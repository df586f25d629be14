package se.styr.followup.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;

/**
 * An indicator's value reported at a follow-up occasion for one period (a month "2024-08", a
 * tertial "2024-T1", a half year "2024-H1", the year "2024"), with where it comes from and when it
 * was measured; or that it is missing, and why.
 */
public record IndicatorEntry(
    String indicator,
    String period,
    String printed,
    BigDecimal value,
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
    value = se.styr.followup.Amounts.plain(value);
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
            : printed != null ? printed : se.styr.shared.SwedishNumbers.format(value));
  }
}
