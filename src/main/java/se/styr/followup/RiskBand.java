package se.styr.followup;

import java.util.Objects;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * One colour band of a risk matrix: the risk values {@code from} to {@code to}, its colour (green,
 * yellow, orange or red) and, if the municipality prints one, its word ("Låg risk").
 */
public record RiskBand(int from, int to, String colour, String printed) {
  public static final Set<String> COLOURS = Set.of("green", "yellow", "orange", "red");

  public RiskBand {
    Objects.requireNonNull(colour, "colour");
    if (from < 1 || to < from) {
      throw new InvalidValueException(Text.of("followup.invalid.band", from, to));
    }
    if (!COLOURS.contains(colour)) {
      throw new InvalidValueException(Text.of("followup.invalid.colour", colour));
    }
  }
}
