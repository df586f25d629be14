package se.styr.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.styr.shared.Text;

/**
 * The assessed fulfilment of one goal or indicator for one year, with its score where the rule
 * gives one and the explanation: the rule, the parts it weighed with their values and scores, and
 * the thresholds it applied.
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

  /**
   * Why: the rule applied, a sentence ({@code reason}), the parts weighed and the thresholds used
   * ({@code limits}), as keyed texts that a page shows in the reader's language. {@link #text()}
   * and {@link #thresholds()} give them in Swedish, as the command line and the API do.
   */
  public record Explanation(String rule, Text reason, List<Part> parts, List<Text> limits) {
    public Explanation {
      parts = List.copyOf(parts);
      limits = List.copyOf(limits);
    }

    /** The sentence in Swedish. */
    public String text() {
      return reason == null ? null : reason.swedish();
    }

    /** The thresholds in Swedish. */
    public List<String> thresholds() {
      return limits.stream().map(Text::swedish).toList();
    }
  }

  /**
   * One indicator or subgoal that went into the assessment, with what it was judged on: its value
   * for the year ({@code shown}: as printed, or "missing") and why it was assessed so ({@code
   * reason}).
   */
  public record Part(
      String subject,
      String name,
      Result result,
      BigDecimal score,
      Text shown,
      String reference,
      Text reason) {

    /** The value in Swedish, or null. */
    public String value() {
      return shown == null ? null : shown.swedish();
    }

    /** Why, in Swedish, or null. */
    public String note() {
      return reason == null ? null : reason.swedish();
    }
  }
}
