package se.styr.followup;

import se.styr.shared.FileWords;

/** What a follow-up occasion covers: the economy, the goals, the internal control. */
public enum Coverage {
  ECONOMY,
  GOALS,
  INTERNAL_CONTROL;

  public String fileName() {
    return FileWords.of(this);
  }
}
