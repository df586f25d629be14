package se.styr.goals;

import java.util.Objects;
import se.styr.shared.Keys;
import se.styr.shared.Status;

/** A prioritised direction (prioriterad inriktning) with its implementation plan. */
public record PriorityDirection(
    String key, String title, String implementationPlan, Status status) {
  public PriorityDirection {
    Keys.require(key, GoalWords.PRIORITY_DIRECTION);
    Objects.requireNonNull(title, "priority direction title");
    status = status == null ? Status.PLANNED : status;
  }
}
