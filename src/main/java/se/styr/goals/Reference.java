package se.styr.goals;

import java.math.BigDecimal;
import java.util.Optional;
import se.styr.shared.Text;

/**
 * What an indicator's value is compared with to tell improvement: its baseline, or else last year's
 * value.
 */
record Reference(Quantity value, Text label) {

  static Optional<Reference> of(Indicator indicator, int year) {
    Baseline baseline = indicator.baseline();
    if (baseline != null && baseline.value() != null) {
      Text printed =
          baseline.printed() == null ? baseline.value().shown() : Text.verbatim(baseline.printed());
      return Optional.of(new Reference(baseline.value(), Text.of("goals.why.baseline", printed)));
    }
    return indicator
        .valueFor(year - 1)
        .filter(v -> v.value() != null)
        .map(
            v ->
                new Reference(
                    v.value(),
                    Text.of(
                        "goals.why.lastYear",
                        year - 1,
                        v.printed() == null ? v.value().shown() : Text.verbatim(v.printed()))));
  }

  /**
   * The sign of value minus reference: above 0 when the value is higher. A range reference compares
   * as equal when the value lies within it. Empty when the two cannot be compared.
   */
  Optional<Integer> compare(Quantity other) {
    if (value instanceof Quantity.Range range) {
      Optional<BigDecimal> number = TargetCheck.number(other);
      return number.map(
          n -> n.compareTo(range.high()) > 0 ? 1 : n.compareTo(range.low()) < 0 ? -1 : 0);
    }
    if (value instanceof Quantity.Answer reference && other instanceof Quantity.Answer answer) {
      return Optional.of(Boolean.compare(answer.yes(), reference.yes()));
    }
    Optional<BigDecimal> a = TargetCheck.number(other);
    Optional<BigDecimal> b = TargetCheck.number(value);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Integer.signum(a.get().compareTo(b.get())));
  }
}
