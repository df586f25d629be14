package se.styr.goals;

import java.util.List;
import java.util.Optional;

/** The plan's assessment rules, the rule for indicators, and the assessments people have made. */
public record AssessmentSettings(
    String indicatorRule, List<AssessmentRule> rules, List<ManualAssessment> manual) {
  public static final AssessmentSettings NONE = new AssessmentSettings(null, List.of(), List.of());

  public AssessmentSettings {
    rules = List.copyOf(rules);
    manual = List.copyOf(manual);
  }

  public Optional<AssessmentRule> rule(String key) {
    return rules.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  public boolean isEmpty() {
    return indicatorRule == null && rules.isEmpty() && manual.isEmpty();
  }
}
