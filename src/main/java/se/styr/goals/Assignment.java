package se.styr.goals;

import java.math.BigDecimal;
import java.util.Objects;
import se.styr.shared.Keys;
import se.styr.shared.Status;

/** A task given to the committee (uppdrag), with its general description and planning comment. */
public record Assignment(String key, AssignmentSource from, String reference, String title, String description,
    String planningComment, BigDecimal amount, String unit, Status status) {
  public Assignment {
    Keys.require(key, "assignment");
    Objects.requireNonNull(from, "who gave the assignment");
    if (title == null && description == null) {
      throw new IllegalArgumentException("assignment '" + key + "' needs a title or a description");
    }
    if ((amount == null) != (unit == null)) {
      throw new IllegalArgumentException("assignment '" + key + "': an amount needs its unit");
    }
    status = status == null ? Status.PLANNED : status;
  }
}
