package se.styr.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Keys;
import se.styr.shared.Text;

/**
 * A municipality's rule for judging fulfilment. Banded rules (mean, traffic light) round the value
 * half up to {@code precision} decimals and find its band; values between bands follow the gap
 * policy. A traffic light may say which budget measure its bands read ({@code reads}); an indicator
 * whose values measure the other is converted ({@link BudgetMeasure}).
 */
public record AssessmentRule(
    String key,
    RuleKind kind,
    Integer precision,
    GapPolicy gaps,
    List<RuleBand> bands,
    BudgetMeasure reads) {

  /** A rule whose bands read the indicator's values as they are. */
  public AssessmentRule(
      String key, RuleKind kind, Integer precision, GapPolicy gaps, List<RuleBand> bands) {
    this(key, kind, precision, gaps, bands, null);
  }

  public AssessmentRule {
    Keys.require(key, GoalWords.RULE);
    Objects.requireNonNull(kind, "rule kind");
    bands = bands.stream().sorted(Comparator.comparing(RuleBand::from)).toList();
    gaps = gaps == null ? GapPolicy.UNASSESSED : gaps;
    if (kind.banded() && bands.isEmpty()) {
      throw new InvalidValueException(Text.of("goals.invalid.needsBands", key, kind.fileName()));
    }
    if (!kind.banded() && !bands.isEmpty()) {
      throw new InvalidValueException(Text.of("goals.invalid.noBands", key, kind.fileName()));
    }
    if (reads != null && kind != RuleKind.TRAFFIC_LIGHT) {
      throw new InvalidValueException(
          Text.of("goals.invalid.readsOnlyTraffic", key, kind.fileName()));
    }
    if (precision != null && (precision < 0 || precision > 6)) {
      throw new InvalidValueException(Text.of("goals.invalid.precision", key, precision));
    }
  }

  /** The decimals values are rounded to: as stated, or the most any band limit is written with. */
  public int effectivePrecision() {
    if (precision != null) {
      return precision;
    }
    int most = 0;
    for (RuleBand band : bands) {
      most = Math.max(most, Math.max(band.from().scale(), band.to().scale()));
    }
    return most;
  }

  /** The smallest step at the rule's precision: 0.01 for two decimals. */
  public BigDecimal step() {
    return BigDecimal.ONE.movePointLeft(effectivePrecision());
  }

  /** Where consecutive bands leave values between them, or overlap. */
  public List<BandJoin> joins() {
    List<BandJoin> joins = new ArrayList<>();
    for (int i = 1; i < bands.size(); i++) {
      RuleBand lower = bands.get(i - 1);
      RuleBand upper = bands.get(i);
      BigDecimal nextAfterLower = lower.to().add(step());
      int comparison = upper.from().compareTo(nextAfterLower);
      if (comparison != 0) {
        joins.add(new BandJoin(lower, upper, comparison > 0));
      }
    }
    return joins;
  }

  /** Two consecutive bands that do not meet exactly: a gap between them, or an overlap. */
  public record BandJoin(RuleBand lower, RuleBand upper, boolean isGap) {}
}
