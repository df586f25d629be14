package se.styr.goals;

/**
 * The value a target starts from (ingående värde), as printed; its value, the period it was measured,
 * or the mark that the indicator is new and has none.
 */
public record Baseline(String printed, Quantity value, String period, boolean isNew) {
  public Baseline {
    if (period != null && !Period.isValid(period)) {
      throw new IllegalArgumentException("baseline period '" + period + "' is not a year or period like 2024-08");
    }
    if (isNew && value != null) {
      throw new IllegalArgumentException("a new indicator has no baseline value");
    }
  }

  /** As printed, else the value in Swedish; null for a new indicator without a printed baseline. */
  public String swedish() {
    return printed != null ? printed : value == null ? null : value.swedish();
  }
}
