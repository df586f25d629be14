package se.styr.goals;

import java.math.BigDecimal;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/** One band of a banded rule: from and to inclusive, at the rule's precision, and its result. */
public record RuleBand(BigDecimal from, BigDecimal to, Result result, String printed) {
  public RuleBand {
    Objects.requireNonNull(from, "band from");
    Objects.requireNonNull(to, "band to");
    Objects.requireNonNull(result, "band result");
    if (from.compareTo(to) > 0) {
      throw new InvalidValueException(
          Text.of("goals.invalid.bandOrder", from.toPlainString(), to.toPlainString()));
    }
    if (result == Result.NOT_ASSESSED) {
      throw new InvalidValueException(Text.of("goals.invalid.bandResult"));
    }
  }

  public boolean contains(BigDecimal value) {
    return from.compareTo(value) <= 0 && value.compareTo(to) <= 0;
  }

  /** "0,50–0,69 Delvis uppfyllt": the limits and the result, or what the plan prints for it. */
  public Text text() {
    return Text.of(
        "goals.band",
        SwedishNumbers.format(from),
        SwedishNumbers.format(to),
        printed == null ? result.text() : Text.verbatim(printed));
  }

  /** The band in Swedish, as the goal findings and the command line give it. */
  public String describe() {
    return text().swedish();
  }
}
