package se.styr.goals.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styr.checks.GoalFinding;
import se.styr.goals.AssessmentRule;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.RuleBand;
import se.styr.shared.Text;

/**
 * A fault of the goal chain as the goals page lists it and marks it where it is: its kind (a
 * message key suffix), the name of what it concerns, what is stated and expected (a rule's bands as
 * keyed texts, so that their results read in the reader's language), a detail (the year of a
 * relative target), and the anchor on the page of the goal, indicator, rule, risk or savings it
 * concerns.
 */
record GoalFindingView(
    String kind,
    String subject,
    String key,
    String name,
    Text stated,
    Text expected,
    String detail,
    String anchor) {

  /** The view of {@code finding} of a plan whose rules are {@code settings}. */
  static GoalFindingView of(GoalFinding finding, AssessmentSettings settings) {
    String detail = finding.field();
    if (detail != null && detail.startsWith("targets ")) {
      detail = detail.substring("targets ".length());
    }
    List<RuleBand> bands =
        "rule".equals(finding.subject())
            ? settings.rule(finding.key()).map(AssessmentRule::bands).orElse(List.of())
            : List.of();
    return new GoalFindingView(
        finding.kind().name(),
        finding.subject(),
        finding.key(),
        finding.name(),
        words(finding.stated(), bands),
        words(finding.expected(), bands),
        detail,
        anchor(finding.subject(), finding.key()));
  }

  /**
   * A band of the rule as a keyed text where {@code stated} describes one, else {@code stated} as
   * it stands.
   */
  private static Text words(String stated, List<RuleBand> bands) {
    if (stated == null) {
      return null;
    }
    return bands.stream()
        .filter(b -> b.describe().equals(stated))
        .findFirst()
        .map(RuleBand::text)
        .orElse(Text.verbatim(stated));
  }

  static String anchor(String subject, String key) {
    return switch (subject) {
      case "indicator" -> "i-" + key;
      case "goal" -> "g-" + key;
      case "rule" -> "rule-" + key;
      case "risk" -> "risk-" + key;
      case "savings" -> "savings";
      default -> null;
    };
  }

  /**
   * The findings by what they concern ("indicator:key", "goal:key", ...), each in the checker's
   * order.
   */
  static Map<String, List<GoalFindingView>> bySubject(List<GoalFindingView> findings) {
    Map<String, List<GoalFindingView>> by = new HashMap<>();
    for (GoalFindingView finding : findings) {
      by.computeIfAbsent(finding.subject() + ":" + finding.key(), k -> new ArrayList<>())
          .add(finding);
    }
    return by;
  }
}
