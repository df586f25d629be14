package se.styr.goals;

import java.math.BigDecimal;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * A value of an indicator: a number, a yes or no, a count out of a set ("3/5"), or a range
 * ("10-15%") as some baselines are printed. Exact; never binary floating point.
 */
public sealed interface Quantity {

  /** The value in the plan file's notation: 61.5, true, '3/5', 10-15. */
  String text();

  /**
   * The value as a reader expects it, numbers in Swedish form: 61,5; ja (yes); 3 av 5 (3 of 5);
   * 10–15.
   */
  default Text shown() {
    if (this instanceof Amount amount) {
      return Text.verbatim(SwedishNumbers.format(amount.value()));
    }
    if (this instanceof Answer answer) {
      return Text.of(answer.yes() ? "goals.answer.yes" : "goals.answer.no");
    }
    if (this instanceof Share share) {
      return Text.of("goals.share", share.count(), share.of());
    }
    Range range = (Range) this;
    return Text.verbatim(
        SwedishNumbers.format(range.low()) + "–" + SwedishNumbers.format(range.high()));
  }

  /** The value in Swedish: 61,5; ja; 3 av 5; 10–15. */
  default String swedish() {
    return shown().swedish();
  }

  record Amount(BigDecimal value) implements Quantity {
    public Amount {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value.toPlainString();
    }
  }

  record Answer(boolean yes) implements Quantity {
    @Override
    public String text() {
      return Boolean.toString(yes);
    }
  }

  record Share(int count, int of) implements Quantity {
    public Share {
      if (of < 1 || count < 0 || count > of) {
        throw new InvalidValueException(Text.of("goals.invalid.share", count, of));
      }
    }

    public boolean isAll() {
      return count == of;
    }

    @Override
    public String text() {
      return count + "/" + of;
    }
  }

  record Range(BigDecimal low, BigDecimal high) implements Quantity {
    public Range {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      if (low.compareTo(high) > 0) {
        throw new InvalidValueException(
            Text.of("goals.invalid.range", low.toString(), high.toString()));
      }
    }

    @Override
    public String text() {
      return low.toPlainString() + "-" + high.toPlainString();
    }
  }

  /** Whether this value can belong to an indicator of {@code unit}. */
  default boolean fits(IndicatorUnit unit) {
    if (this instanceof Answer) {
      return unit == IndicatorUnit.YES_NO;
    }
    if (this instanceof Share) {
      return unit == IndicatorUnit.COUNT_OF_SET;
    }
    return unit.isNumeric();
  }

  /** A count out of a set as typed: 3/5, 3 av 5, 3 of 5. */
  java.util.regex.Pattern SHARE =
      java.util.regex.Pattern.compile("(\\d{1,6})\\s*(?:/|av|of)\\s*(\\d{1,6})");

  /**
   * A value as the plan file writes it or a person types it: a number (61,5 or 61.5), a yes or no
   * (true, false, ja, nej, yes, no), or a count out of a set (3/5, "3 av 5"); empty if it is none
   * of them.
   */
  static java.util.Optional<Quantity> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("true") || t.equals("ja") || t.equals("yes")) {
      return java.util.Optional.of(new Quantity.Answer(true));
    }
    if (t.equals("false") || t.equals("nej") || t.equals("no")) {
      return java.util.Optional.of(new Quantity.Answer(false));
    }
    java.util.regex.Matcher share = SHARE.matcher(t);
    if (share.matches()) {
      int count = Integer.parseInt(share.group(1));
      int of = Integer.parseInt(share.group(2));
      return count <= of && of > 0
          ? java.util.Optional.of(new Quantity.Share(count, of))
          : java.util.Optional.empty();
    }
    return SwedishNumbers.parse(t).map(Quantity.Amount::new);
  }
}
