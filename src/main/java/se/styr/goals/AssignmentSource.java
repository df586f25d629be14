package se.styr.goals;

import se.styr.shared.FileWords;

/** Who gave an assignment: the council (KF), the executive board (KS) or the committee itself. */
public enum AssignmentSource {
  COUNCIL,
  EXECUTIVE_BOARD,
  COMMITTEE;

  public String fileName() {
    return FileWords.of(this);
  }
}
