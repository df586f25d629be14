package se.styr.budget;

import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * Budget moved from one operational area to another (omfördelning); the row's label says what
 * moves.
 */
public record Reallocation(String fromArea, String toArea) {
  public Reallocation {
    Objects.requireNonNull(fromArea, "area moved from");
    Objects.requireNonNull(toArea, "area moved to");
    if (fromArea.equals(toArea)) {
      throw new InvalidValueException(Text.of("budget.reallocation.sameArea", fromArea));
    }
  }
}
