package se.styr.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * What one control of the internal control plan gave at a follow-up occasion: whether it was
 * performed, its outcome (no deviation, or a deviation and what was found), and the actions taken
 * with owner and due date. Shown on the same traffic lights as goals: green without deviation,
 * yellow for a deviation with actions, red for a deviation without, grey when not performed.
 */
public record ControlResult(
    String control, boolean performed, Outcome outcome, String found, List<Action> actions) {

  /** The outcome of a performed control. */
  public enum Outcome {
    NO_DEVIATION,
    DEVIATION
  }

  /** An action taken on a deviation. */
  public record Action(String description, String owner, LocalDate due) {
    public Action {
      if (description == null || description.isBlank()) {
        throw new InvalidValueException(Text.of("followup.control.actionDescription"));
      }
    }
  }

  /** The traffic light of a result. */
  public enum Light {
    GREEN,
    YELLOW,
    RED,
    GREY
  }

  public ControlResult {
    Objects.requireNonNull(control, "control");
    actions = actions == null ? List.of() : List.copyOf(actions);
    if (performed && outcome == null) {
      throw new InvalidValueException(Text.of("followup.control.outcome", control));
    }
    if (!performed && outcome != null) {
      throw new InvalidValueException(Text.of("followup.control.notPerformed", control));
    }
    if (outcome == Outcome.DEVIATION && (found == null || found.isBlank())) {
      throw new InvalidValueException(Text.of("followup.control.found", control));
    }
  }

  public Light light() {
    if (!performed) {
      return Light.GREY;
    }
    if (outcome == Outcome.NO_DEVIATION) {
      return Light.GREEN;
    }
    return actions.isEmpty() ? Light.RED : Light.YELLOW;
  }

  /** The badge a page draws for the light: a standard result's CSS class. */
  public String badge() {
    return switch (light()) {
      case GREEN -> "met";
      case YELLOW -> "partly_met";
      case RED -> "not_met";
      case GREY -> "not_assessed";
    };
  }
}
