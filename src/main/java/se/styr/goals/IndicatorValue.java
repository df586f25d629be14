package se.styr.goals;

/** One measured value of an indicator for a period, "saknas" allowed, with a national rank if printed. */
public record IndicatorValue(String period, String printed, Quantity value, boolean missing, Integer rank, Integer of) {
  public IndicatorValue {
    if (!Period.isValid(period)) {
      throw new IllegalArgumentException("value period '" + period + "' is not a year or period like 2024-08");
    }
    if (missing == (value != null)) {
      throw new IllegalArgumentException("period " + period + ": a value is either given or missing");
    }
    if (rank != null && (rank < 1 || (of != null && rank > of))) {
      throw new IllegalArgumentException("period " + period + ": rank " + rank + " is not within 1 to " + of);
    }
  }

  /** As printed, else the value in Swedish with its rank ("52,5 (plats 121 av 290)"); null when missing and unprinted. */
  public String swedish() {
    if (printed != null) {
      return printed;
    }
    if (value == null) {
      return null;
    }
    String text = value.swedish();
    return rank == null ? text : text + " (plats " + rank + (of == null ? "" : " av " + of) + ")";
  }
}
