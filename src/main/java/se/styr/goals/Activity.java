package se.styr.goals;

import java.util.Objects;
import se.styr.shared.Keys;
import se.styr.shared.Status;

/** Something the committee does to reach a goal or move an indicator. */
public record Activity(
    String key,
    String goal,
    String indicator,
    String title,
    String description,
    String responsible,
    String due,
    Status status) {
  public Activity {
    Keys.require(key, GoalWords.ACTIVITY);
    Objects.requireNonNull(title, "activity title");
    status = status == null ? Status.PLANNED : status;
  }
}
