package se.styr.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.styr.shared.Period;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/** Whether an indicator's value for a year meets a target; met, not met, or not known and why. */
final class TargetCheck {
  private final GoalChain chain;
  private final String municipality;

  TargetCheck(GoalChain chain, String municipality) {
    this.chain = chain;
    this.municipality = municipality;
  }

  /**
   * The verdict: {@code met} is null when it cannot be told, and {@code why} says what was
   * compared.
   */
  record Verdict(Boolean met, Text why) {
    static Verdict unknown(Text why) {
      return new Verdict(null, why);
    }
  }

  Verdict check(Target target, Indicator indicator, int year, Quantity value) {
    if (target instanceof Target.Combined combined) {
      return combined(combined, indicator, year, value);
    } else if (target instanceof Target.Compare compare) {
      return compare(compare, value);
    } else if (target instanceof Target.Band band) {
      return band(band, value);
    } else if (target instanceof Target.Move move) {
      return move(move, indicator, year, value);
    } else if (target instanceof Target.All) {
      return value instanceof Quantity.Share share
          ? new Verdict(
              share.isAll(),
              Text.of(share.isAll() ? "goals.why.all" : "goals.why.notAll", share.shown()))
          : Verdict.unknown(Text.of("goals.why.allNeedsShare", value.shown()));
    } else if (target instanceof Target.Answer answer) {
      return value instanceof Quantity.Answer given
          ? new Verdict(
              given.yes() == answer.yes(),
              Text.of(
                  "goals.why.answer",
                  given.shown(),
                  Text.of(answer.yes() ? "goals.answer.yes" : "goals.answer.no")))
          : Verdict.unknown(Text.of("goals.why.answerNeeded", value.shown()));
    } else if (target instanceof Target.Relative relative) {
      return relative(relative, indicator, year, value);
    }
    return falling((Target.Falling) target, indicator, year);
  }

  private Verdict combined(
      Target.Combined combined, Indicator indicator, int year, Quantity value) {
    List<Text> reasons = new ArrayList<>();
    Boolean all = true;
    for (Target part : combined.parts()) {
      Verdict verdict = check(part, indicator, year, value);
      reasons.add(verdict.why());
      if (verdict.met() == null) {
        all = all == Boolean.FALSE ? Boolean.FALSE : null;
      } else if (!verdict.met()) {
        all = false;
      }
    }
    return new Verdict(all, Text.join("; ", reasons));
  }

  private Verdict compare(Target.Compare compare, Quantity value) {
    Optional<BigDecimal> number = number(value);
    if (number.isEmpty()) {
      return Verdict.unknown(Text.of("goals.why.numberNeeded", value.shown()));
    }
    boolean met = compare.operator().holds(number.get().compareTo(compare.value()));
    return new Verdict(
        met,
        Text.of(
            "goals.why.compare",
            format(number.get()),
            compare.operator().symbol,
            format(compare.value())));
  }

  private Verdict band(Target.Band band, Quantity value) {
    Optional<BigDecimal> number = number(value);
    if (number.isEmpty()) {
      return Verdict.unknown(Text.of("goals.why.rangeNeeded", value.shown()));
    }
    boolean met = number.get().subtract(band.centre()).abs().compareTo(band.tolerance()) <= 0;
    return new Verdict(
        met,
        Text.of(
            "goals.why.band",
            format(number.get()),
            format(band.centre()),
            format(band.tolerance())));
  }

  private Verdict move(Target.Move move, Indicator indicator, int year, Quantity value) {
    Optional<Reference> reference = Reference.of(indicator, year);
    if (reference.isEmpty()) {
      return Verdict.unknown(Text.of("goals.why.noReference"));
    }
    Optional<Integer> comparison = reference.get().compare(value);
    if (comparison.isEmpty()) {
      return Verdict.unknown(
          Text.of("goals.why.incomparable", value.shown(), reference.get().label()));
    }
    int c = comparison.get();
    boolean met =
        switch (move.direction()) {
          case INCREASE -> c > 0;
          case DECREASE -> c < 0;
          case MAINTAIN -> c == 0;
          case INCREASE_OR_MAINTAIN -> c >= 0;
          case DECREASE_OR_MAINTAIN -> c <= 0;
        };
    return new Verdict(
        met, Text.of("goals.why.move", value.shown(), reference.get().label(), move.text()));
  }

  private Verdict relative(
      Target.Relative relative, Indicator indicator, int year, Quantity value) {
    String kpi = indicator.source() == null ? null : indicator.source().kpi();
    Optional<ComparisonData> data = chain.comparison(kpi, year);
    if (data.isEmpty()) {
      return Verdict.unknown(
          Text.of(
              "goals.why.noComparison",
              kpi == null ? Text.of("goals.why.noKpi") : Text.verbatim(kpi),
              year));
    }
    Optional<BigDecimal> own = number(value);
    if (own.isEmpty()) {
      return Verdict.unknown(Text.of("goals.why.unrankable", value.shown()));
    }
    ComparisonGroup group = indicator.source().compare();
    ComparisonData among = group == null ? data.get() : data.get().among(group);
    Standing standing =
        Standing.of(
            among, municipality, own.get(), indicator.betterDirection().orElse(Better.HIGHER));
    boolean met =
        relative.standing() == Target.Standing.BEST
            ? standing.amongBest(relative.percent())
            : standing.amongMiddle(relative.percent());
    Text why =
        Text.of(
            "goals.why.standing",
            standing.describe(),
            relative.text(),
            standing.bounds(relative.standing(), relative.percent()),
            group == null ? Text.of("goals.why.amongAll") : Text.verbatim(group.title()),
            data.get().fetched() == null
                ? Text.of("goals.why.comparisonInFile")
                : Text.of(
                    "goals.why.comparisonFetched",
                    data.get().fetched().source(),
                    data.get().fetched().on().toString()));
    return new Verdict(met, why);
  }

  private Verdict falling(Target.Falling falling, Indicator indicator, int year) {
    Optional<BigDecimal> previous = yearValue(indicator, falling.fromYear());
    if (previous.isEmpty()) {
      return Verdict.unknown(Text.of("goals.why.noStart", falling.fromYear()));
    }
    StringBuilder trail =
        new StringBuilder(format(previous.get()) + " (" + falling.fromYear() + ")");
    for (int y = falling.fromYear() + 1; y <= year; y++) {
      Optional<BigDecimal> current = yearValue(indicator, y);
      if (current.isEmpty()) {
        return Verdict.unknown(Text.of("goals.why.noValue", y));
      }
      trail.append(" → ").append(format(current.get())).append(" (").append(y).append(")");
      if (current.get().compareTo(previous.get()) >= 0) {
        return new Verdict(false, Text.of("goals.why.notFalling", trail.toString(), y));
      }
      previous = current;
    }
    return new Verdict(true, Text.of("goals.why.falling", trail.toString()));
  }

  private static Optional<BigDecimal> yearValue(Indicator indicator, int year) {
    Optional<IndicatorValue> value = indicator.valueFor(year);
    if (value.isPresent() && value.get().value() != null) {
      return number(value.get().value());
    }
    Baseline baseline = indicator.baseline();
    if (baseline != null
        && baseline.value() != null
        && baseline.period() != null
        && Period.year(baseline.period()) == year) {
      return number(baseline.value());
    }
    return Optional.empty();
  }

  /** A value on the number line: an amount, or a count of a set as a percentage of it. */
  static Optional<BigDecimal> number(Quantity value) {
    if (value instanceof Quantity.Amount amount) {
      return Optional.of(amount.value());
    }
    if (value instanceof Quantity.Share share) {
      return Optional.of(
          BigDecimal.valueOf(share.count() * 100L)
              .divide(BigDecimal.valueOf(share.of()), MathContext.DECIMAL64));
    }
    return Optional.empty();
  }

  static String format(BigDecimal value) {
    return SwedishNumbers.format(
        value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
  }
}
