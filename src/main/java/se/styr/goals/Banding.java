package se.styr.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import se.styr.goals.Assessment.Part;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * Places a value in a banded rule's bands at the rule's precision, with its gap policy. One banding
 * serves one assessment run and describes each rule's bands once, however many goals use it.
 */
final class Banding {
  private final Map<AssessmentRule, List<Text>> thresholds = new IdentityHashMap<>();
  private final Map<RuleBand, Text> descriptions = new IdentityHashMap<>();

  List<Text> thresholds(AssessmentRule rule) {
    return thresholds.computeIfAbsent(rule, r -> r.bands().stream().map(this::describe).toList());
  }

  private Text describe(RuleBand band) {
    return descriptions.computeIfAbsent(band, RuleBand::text);
  }

  Assessor.Computed band(AssessmentRule rule, BigDecimal value, Text how, List<Part> parts) {
    BigDecimal rounded = value.setScale(rule.effectivePrecision(), RoundingMode.HALF_UP);
    List<Text> thresholds = thresholds(rule);
    List<RuleBand> bands = rule.bands();
    for (RuleBand band : bands) {
      if (band.contains(rounded)) {
        return new Assessor.Computed(
            rule.key(),
            band.result(),
            score(rule, rounded, band),
            Text.of("goals.why.inBand", how, describe(band)),
            parts,
            thresholds);
      }
    }
    String shown = SwedishNumbers.format(rounded);
    if (rounded.compareTo(bands.get(0).from()) < 0
        || rounded.compareTo(bands.get(bands.size() - 1).to()) > 0) {
      return new Assessor.Computed(
          rule.key(),
          Result.NOT_ASSESSED,
          null,
          Text.of("goals.why.outsideBands", how, shown),
          parts,
          thresholds);
    }
    for (int i = 1; i < bands.size(); i++) {
      RuleBand lower = bands.get(i - 1);
      RuleBand upper = bands.get(i);
      if (rounded.compareTo(lower.to()) > 0 && rounded.compareTo(upper.from()) < 0) {
        Object[] gap = {how, shown, describe(lower), describe(upper)};
        return switch (rule.gaps()) {
          case LOWER ->
              new Assessor.Computed(
                  rule.key(),
                  lower.result(),
                  score(rule, rounded, lower),
                  Text.of("goals.why.gapLower", gap),
                  parts,
                  thresholds);
          case UPPER ->
              new Assessor.Computed(
                  rule.key(),
                  upper.result(),
                  score(rule, rounded, upper),
                  Text.of("goals.why.gapUpper", gap),
                  parts,
                  thresholds);
          case UNASSESSED ->
              new Assessor.Computed(
                  rule.key(),
                  Result.NOT_ASSESSED,
                  null,
                  Text.of("goals.why.gapUnassessed", gap),
                  parts,
                  thresholds);
        };
      }
    }
    throw new IllegalStateException("value " + rounded + " neither in a band nor between two");
  }

  /** A mean rule's score is the mean itself; a traffic light scores its colour 1, 0,5 or 0. */
  private static BigDecimal score(AssessmentRule rule, BigDecimal value, RuleBand band) {
    if (rule.kind() == RuleKind.MEAN) {
      return value;
    }
    return switch (band.result()) {
      case MET -> BigDecimal.ONE;
      case PARTLY_MET -> new BigDecimal("0.5");
      default -> BigDecimal.ZERO;
    };
  }
}
