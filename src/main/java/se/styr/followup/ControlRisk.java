package se.styr.followup;

import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Keys;
import se.styr.shared.Text;

/**
 * One risk of the internal control plan: its area, the risk, likelihood and consequence on the
 * usual 1-4 scale with the risk value printed (which should be their product), how it is
 * controlled, how often, by whom, and when it is reported.
 */
public record ControlRisk(
    String key,
    String area,
    String risk,
    Integer likelihood,
    Integer consequence,
    Integer riskValue,
    String method,
    String frequency,
    String responsible,
    List<ReportingOccasion> reporting,
    String reportingPrinted) {

  public ControlRisk {
    Keys.require(key, FollowUpWords.RISK);
    Objects.requireNonNull(risk, "risk");
    scale(likelihood, Text.verbatim("likelihood"));
    scale(consequence, Text.verbatim("consequence"));
    if (riskValue != null && (riskValue < 1 || riskValue > 16)) {
      throw new InvalidValueException(Text.of("followup.invalid.riskValue", key, riskValue));
    }
    reporting = List.copyOf(reporting);
  }

  private static void scale(Integer value, Text what) {
    if (value != null && (value < 1 || value > 4)) {
      throw new InvalidValueException(Text.of("followup.invalid.scale", what, value));
    }
  }

  /** Likelihood × consequence, when both are given. */
  public Integer computedRiskValue() {
    return likelihood == null || consequence == null ? null : likelihood * consequence;
  }
}
