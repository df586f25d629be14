package se.styr.version;

import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The version of a plan a document holds: its number, its status and the decisions behind it, the
 * last of which decided this version (Lerum's plan was set on one date and updated on another).
 */
public record VersionInfo(int number, PlanStatus status, List<Decision> decisions) {
  public VersionInfo {
    Objects.requireNonNull(status, "status");
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    if (number < 1) {
      throw new InvalidValueException(Text.of("versions.invalid.number", number));
    }
    if (status == PlanStatus.DRAFT && !decisions.isEmpty()) {
      throw new InvalidValueException(Text.of("versions.invalid.draftDecisions"));
    }
  }
}
