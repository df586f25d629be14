package se.styr.goals;

import java.util.Locale;
import java.util.Optional;

/** What a goal level is, whatever the municipality calls it. */
public enum LevelKind {
  VISION, GOAL_AREA, FOCUS_AREA, DIRECTION_GOAL, COUNCIL_GOAL, COMMITTEE_GOAL, UNIT_GOAL;

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LevelKind> parse(String text) {
    for (LevelKind kind : values()) {
      if (kind.fileName().equals(text)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
