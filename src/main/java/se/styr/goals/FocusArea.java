package se.styr.goals;

import java.util.Objects;
import se.styr.shared.Keys;
import se.styr.shared.Status;

/**
 * A focus area the council gave the committee, with the committee's response (nämndens
 * omhändertagande).
 */
public record FocusArea(String key, String title, String response, Status status) {
  public FocusArea {
    Keys.require(key, GoalWords.FOCUS_AREA);
    Objects.requireNonNull(title, "focus area title");
    status = status == null ? Status.PLANNED : status;
  }
}
