package se.styr.followup;

import java.util.List;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Keys;
import se.styr.shared.Text;

/**
 * One control of the internal control plan: its area, the risk (none for a control area that is not
 * a risk), likelihood and consequence on the plan's risk matrix's scale with the risk value printed
 * (which should be their product), how it is controlled, how often, by whom, and when it is
 * reported. Whether the figures fit the matrix is a rule of the plan ({@link FollowUpRules}).
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
    if (risk == null && area == null) {
      throw new InvalidValueException(Text.of("followup.invalid.riskOrArea", key));
    }
    positive(likelihood, Text.verbatim("likelihood"));
    positive(consequence, Text.verbatim("consequence"));
    positive(riskValue, Text.verbatim("riskValue"));
    reporting = List.copyOf(reporting);
  }

  private static void positive(Integer value, Text what) {
    if (value != null && value < 1) {
      throw new InvalidValueException(Text.of("followup.invalid.scale", what, value));
    }
  }

  /** Likelihood × consequence, when both are given. */
  public Integer computedRiskValue() {
    return likelihood == null || consequence == null ? null : likelihood * consequence;
  }
}
