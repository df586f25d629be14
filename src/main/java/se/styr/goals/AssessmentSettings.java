package se.styr.goals;

import java.util.List;
import java.util.Optional;

/**
 * The plan's assessment rules, the rule for indicators, the assessments people have made, and the
 * symbols its results are shown with.
 */
public record AssessmentSettings(
    String indicatorRule,
    List<AssessmentRule> rules,
    List<ManualAssessment> manual,
    ResultScale scale) {
  public static final AssessmentSettings NONE = new AssessmentSettings(null, List.of(), List.of());

  public AssessmentSettings {
    rules = List.copyOf(rules);
    manual = List.copyOf(manual);
    scale = scale == null ? ResultScale.STANDARD : scale;
  }

  public AssessmentSettings(
      String indicatorRule, List<AssessmentRule> rules, List<ManualAssessment> manual) {
    this(indicatorRule, rules, manual, ResultScale.STANDARD);
  }

  public Optional<AssessmentRule> rule(String key) {
    return rules.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  public boolean isEmpty() {
    return indicatorRule == null && rules.isEmpty() && manual.isEmpty() && scale.isStandard();
  }
}
