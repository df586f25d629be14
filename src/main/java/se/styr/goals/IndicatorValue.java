package se.styr.goals;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;

/**
 * One measured value of an indicator for a period, "saknas" allowed, with a national rank if
 * printed, and where it was fetched from when Styr fetched it ({@code fetched}; null when a person
 * entered it).
 */
public record IndicatorValue(
    String period,
    String printed,
    Quantity value,
    boolean missing,
    Integer rank,
    Integer of,
    Fetched fetched) {

  /** A value a person entered (or a plan printed). */
  public IndicatorValue(
      String period, String printed, Quantity value, boolean missing, Integer rank, Integer of) {
    this(period, printed, value, missing, rank, of, null);
  }

  public IndicatorValue {
    if (!Period.isValid(period)) {
      throw new InvalidValueException(Text.of("goals.invalid.valuePeriod", period));
    }
    if (missing == (value != null)) {
      throw new InvalidValueException(Text.of("goals.invalid.givenOrMissing", period));
    }
    if (rank != null && (rank < 1 || (of != null && rank > of))) {
      throw new InvalidValueException(Text.of("goals.invalid.rank", period, rank, of));
    }
  }

  /**
   * As printed, else the value with its rank ("52,5 (plats 121 av 290)"); null when missing and
   * unprinted.
   */
  public Text shown() {
    if (printed != null) {
      return Text.verbatim(printed);
    }
    if (value == null) {
      return null;
    }
    Text text = value.shown();
    return rank == null
        ? text
        : of == null
            ? Text.of("goals.value.rank", text, rank)
            : Text.of("goals.value.rankOf", text, rank, of);
  }

  /** {@link #shown()} in Swedish, as printed documents give it. */
  public String swedish() {
    Text shown = shown();
    return shown == null ? null : shown.swedish();
  }

  /** Whether a person entered this value (or the plan printed it) rather than a fetch. */
  public boolean entered() {
    return fetched == null;
  }
}
