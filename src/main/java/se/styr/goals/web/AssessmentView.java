package se.styr.goals.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import se.styr.goals.Assessment;
import se.styr.goals.AssessmentRule;
import se.styr.goals.GoalChain;
import se.styr.goals.ManualAssessment;
import se.styr.goals.Result;
import se.styr.goals.ResultScale;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * A goal's or indicator's assessment for a year as the page shows it: the result as the plan's
 * scale shows it (the badge's CSS class: met, partly_met, not_met, not_assessed, and its word), the
 * score, the rule's kind, the explanation's text, the parts weighed and the thresholds (keyed
 * texts, which the page shows in the reader's language). A person's assessment is shown with who
 * made it and why, beside what the rule computed.
 */
record AssessmentView(
    int year,
    String result,
    Text word,
    String score,
    String ruleKind,
    Text text,
    List<PartView> parts,
    List<Text> thresholds,
    ManualView manual) {

  /**
   * Kinds for a goal or indicator that names no rule: all parts met, and the indicator's target.
   */
  static final String DEFAULT_GOAL_RULE = "ALL_MET";

  static final String DEFAULT_INDICATOR_RULE = "TARGET";

  /**
   * An indicator or subgoal weighed: link target, name, its result, score, value, reference and
   * why.
   */
  record PartView(
      String anchor,
      String name,
      boolean indicator,
      String result,
      Text word,
      String score,
      Text value,
      String reference,
      Text note) {}

  /** Who assessed, when, to what and why; and what the rule computed without them. */
  record ManualView(
      String by,
      String date,
      String result,
      Text word,
      String justification,
      String computedResult,
      String computedScore,
      String computedRuleKind,
      Text computedText) {}

  AssessmentView {
    parts = List.copyOf(parts);
    thresholds = List.copyOf(thresholds);
  }

  static String css(Result result) {
    return result.fileName();
  }

  /**
   * The view of {@code assessment}; {@code computed} is what the rule gave without a person's
   * assessment, null unless {@code manual} is present.
   */
  static AssessmentView of(
      Assessment assessment,
      boolean ofIndicator,
      GoalChain chain,
      Set<String> indicatorKeys,
      ManualAssessment manual,
      Assessment computed) {
    Assessment.Explanation why = assessment.explanation();
    ResultScale scale = chain.settings().scale();
    List<PartView> parts =
        why.parts().stream()
            .map(
                p -> {
                  ResultScale.Shown shown =
                      scale.shown(
                          p.result(), chain.manual(p.subject(), assessment.year()).isPresent());
                  return new PartView(
                      (indicatorKeys.contains(p.subject()) ? "i-" : "g-") + p.subject(),
                      p.name(),
                      indicatorKeys.contains(p.subject()),
                      shown.badge(),
                      shown.word(),
                      score(p.score()),
                      p.shown(),
                      p.reference(),
                      p.reason());
                })
            .toList();
    ResultScale.Shown shown = scale.shown(assessment);
    if (manual == null || computed == null) {
      return new AssessmentView(
          assessment.year(),
          shown.badge(),
          shown.word(),
          score(assessment.score()),
          ruleKind(why.rule(), ofIndicator, chain),
          why.reason(),
          parts,
          why.limits(),
          null);
    }
    Assessment.Explanation rule = computed.explanation();
    ManualView person =
        new ManualView(
            manual.by(),
            manual.date() == null ? null : manual.date().toString(),
            shown.badge(),
            shown.word(),
            manual.justification(),
            css(computed.result()),
            score(computed.score()),
            ruleKind(rule.rule(), ofIndicator, chain),
            rule.reason());
    return new AssessmentView(
        assessment.year(),
        shown.badge(),
        shown.word(),
        null,
        "MANUAL",
        null,
        parts,
        why.limits(),
        person);
  }

  /**
   * The kind of the rule named {@code key} (a message key suffix), or the default for goals or
   * indicators.
   */
  static String ruleKind(String key, boolean ofIndicator, GoalChain chain) {
    if (key == null) {
      return ofIndicator ? DEFAULT_INDICATOR_RULE : DEFAULT_GOAL_RULE;
    }
    if ("manual".equals(key)) {
      return "MANUAL";
    }
    return chain
        .settings()
        .rule(key)
        .map(AssessmentRule::kind)
        .map(Enum::name)
        .orElse(ofIndicator ? DEFAULT_INDICATOR_RULE : DEFAULT_GOAL_RULE);
  }

  static String score(BigDecimal score) {
    return score == null ? null : SwedishNumbers.format(score);
  }
}
