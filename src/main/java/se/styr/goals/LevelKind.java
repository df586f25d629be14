package se.styr.goals;

import se.styr.shared.FileWords;

/** What a goal level is, whatever the municipality calls it. */
public enum LevelKind {
  VISION,
  GOAL_AREA,
  FOCUS_AREA,
  DIRECTION_GOAL,
  COUNCIL_GOAL,
  COMMITTEE_GOAL,
  UNIT_GOAL;

  public String fileName() {
    return FileWords.of(this);
  }
}
