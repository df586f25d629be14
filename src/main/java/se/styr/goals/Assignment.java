package se.styr.goals;

import java.math.BigDecimal;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Keys;
import se.styr.shared.Status;
import se.styr.shared.Text;

/** A task given to the committee (uppdrag), with its general description and planning comment. */
public record Assignment(
    String key,
    AssignmentSource from,
    String reference,
    String title,
    String description,
    String planningComment,
    BigDecimal amount,
    String unit,
    Status status) {
  public Assignment {
    Keys.require(key, GoalWords.ASSIGNMENT);
    Objects.requireNonNull(from, "who gave the assignment");
    if (title == null && description == null) {
      throw new InvalidValueException(Text.of("goals.invalid.assignmentTitle", key));
    }
    if ((amount == null) != (unit == null)) {
      throw new InvalidValueException(Text.of("goals.invalid.assignmentUnit", key));
    }
    status = status == null ? Status.PLANNED : status;
  }
}
