package se.styr.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The assessed fulfilment of one goal or indicator for one year, with its score where the rule gives
 * one and the explanation: the rule, the parts it weighed with their values and scores, and the
 * thresholds it applied.
 */
public record Assessment(
    String subject,
    String name,
    String level,
    int year,
    Result result,
    BigDecimal score,
    Explanation explanation) {

  public Assessment {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Why: the rule applied, a sentence, the parts weighed and the thresholds used. */
  public record Explanation(String rule, String text, List<Part> parts, List<String> thresholds) {
    public Explanation {
      parts = List.copyOf(parts);
      thresholds = List.copyOf(thresholds);
    }
  }

  /** One indicator or subgoal that went into the assessment, with what it was judged on. */
  public record Part(String subject, String name, Result result, BigDecimal score, String value, String reference,
      String note) {}
}
