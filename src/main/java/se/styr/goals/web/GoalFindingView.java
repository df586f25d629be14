package se.styr.goals.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styr.checks.GoalFinding;

/**
 * A fault of the goal chain as the goals page lists it and marks it where it is: its kind (a message
 * key suffix), the name of what it concerns, what is stated and expected, a detail (the year of a
 * relative target), and the anchor on the page of the goal, indicator, rule, risk or savings it
 * concerns.
 */
record GoalFindingView(String kind, String subject, String key, String name, String stated, String expected,
    String detail, String anchor) {

  static GoalFindingView of(GoalFinding finding) {
    String detail = finding.field();
    if (detail != null && detail.startsWith("targets ")) {
      detail = detail.substring("targets ".length());
    }
    return new GoalFindingView(finding.kind().name(), finding.subject(), finding.key(), finding.name(),
        finding.stated(), finding.expected(), detail, anchor(finding.subject(), finding.key()));
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

  /** The findings by what they concern ("indicator:key", "goal:key", ...), each in the checker's order. */
  static Map<String, List<GoalFindingView>> bySubject(List<GoalFindingView> findings) {
    Map<String, List<GoalFindingView>> by = new HashMap<>();
    for (GoalFindingView finding : findings) {
      by.computeIfAbsent(finding.subject() + ":" + finding.key(), k -> new ArrayList<>()).add(finding);
    }
    return by;
  }
}
