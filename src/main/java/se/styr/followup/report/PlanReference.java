package se.styr.followup.report;

import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The decided plan a follow-up report follows up: its municipality (SCB code, or the name of an
 * organisation named only), committee key, budget year and version number.
 */
public record PlanReference(String municipality, String committee, int budgetYear, int version) {
  /** The reference to {@code plan}. */
  public static PlanReference of(se.styr.plan.PlanDocument plan) {
    return new PlanReference(
        plan.municipality().scbCode() == null
            ? plan.municipality().name()
            : plan.municipality().scbCode(),
        plan.committee().key(),
        plan.header().period().budgetYear(),
        plan.version().number());
  }

  public PlanReference {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(committee, "committee");
    if (version < 1) {
      throw new InvalidValueException(Text.of("followup.report.version", version));
    }
  }
}
