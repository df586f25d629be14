package se.styr.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A measure to restore balance (åtgärd för budget i balans): what is done, what it is expected to
 * bring in the plan's unit for the year, who owns it, when it is due and how far it has come.
 */
public record BalanceMeasure(
    String description, BigDecimal amount, String owner, LocalDate due, Status status) {

  /** How far a measure has come. */
  public enum Status {
    PLANNED,
    ONGOING,
    DONE,
    CANCELLED
  }

  public BalanceMeasure {
    if (description == null || description.isBlank()) {
      throw new InvalidValueException(Text.of("followup.measure.description"));
    }
    status = status == null ? Status.PLANNED : status;
    amount = Amounts.plain(amount);
  }

  /** What the measure still counts for: nothing once cancelled; unknown (null) if not stated. */
  public BigDecimal counted() {
    return status == Status.CANCELLED ? BigDecimal.ZERO : amount;
  }
}
