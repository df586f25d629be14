package se.styr.version;

import java.util.List;
import java.util.Objects;

/**
 * The version of a plan a document holds: its number, its status and the decisions behind it, the
 * last of which decided this version (Lerum's plan was set on one date and updated on another).
 */
public record VersionInfo(int number, PlanStatus status, List<Decision> decisions) {
  public VersionInfo {
    Objects.requireNonNull(status, "status");
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    if (number < 1) {
      throw new IllegalArgumentException("version numbers start at 1, got " + number);
    }
    if (status == PlanStatus.DRAFT && !decisions.isEmpty()) {
      throw new IllegalArgumentException("a draft has no decisions yet");
    }
  }
}
