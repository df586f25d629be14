package se.styr.goals;

import java.math.BigDecimal;
import java.util.Objects;

/** One band of a banded rule: from and to inclusive, at the rule's precision, and its result. */
public record RuleBand(BigDecimal from, BigDecimal to, Result result, String printed) {
  public RuleBand {
    Objects.requireNonNull(from, "band from");
    Objects.requireNonNull(to, "band to");
    Objects.requireNonNull(result, "band result");
    if (from.compareTo(to) > 0) {
      throw new IllegalArgumentException("a band runs from its lower to its upper limit, got " + from.toPlainString()
          + "–" + to.toPlainString());
    }
    if (result == Result.NOT_ASSESSED) {
      throw new IllegalArgumentException("a band gives met, partly met or not met");
    }
  }

  public boolean contains(BigDecimal value) {
    return from.compareTo(value) <= 0 && value.compareTo(to) <= 0;
  }

  /** "0,50–0,69 Delvis uppfyllt". */
  public String describe() {
    return se.styr.shared.SwedishNumbers.format(from) + "–" + se.styr.shared.SwedishNumbers.format(to) + " "
        + (printed == null ? result.swedish() : printed);
  }
}
