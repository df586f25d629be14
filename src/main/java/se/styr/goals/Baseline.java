package se.styr.goals;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;

/**
 * The value a target starts from (ingående värde), as printed; its value, the period it was
 * measured, or the mark that the indicator is new and has none.
 */
public record Baseline(String printed, Quantity value, String period, boolean isNew) {
  public Baseline {
    if (period != null && !Period.isValid(period)) {
      throw new InvalidValueException(Text.of("goals.invalid.baselinePeriod", period));
    }
    if (isNew && value != null) {
      throw new InvalidValueException(Text.of("goals.invalid.newBaseline"));
    }
  }

  /** As printed, else the value; null for a new indicator without a printed baseline. */
  public Text shown() {
    return printed != null ? Text.verbatim(printed) : value == null ? null : value.shown();
  }

  /** {@link #shown()} in Swedish, as printed documents give it. */
  public String swedish() {
    Text shown = shown();
    return shown == null ? null : shown.swedish();
  }
}
