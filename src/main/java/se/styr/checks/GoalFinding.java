package se.styr.checks;

import java.util.Objects;

/**
 * A fault in a plan's goal chain, internal control or savings: what it concerns (an indicator, a
 * rule, a goal, a risk, the savings measures), its key and name, the field, what the plan states
 * and what Styr expects, and why.
 */
public record GoalFinding(
    String plan,
    String subject,
    String key,
    String name,
    String field,
    String stated,
    String expected,
    GoalFindingKind kind,
    String explanation) {

  public GoalFinding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
  }
}
