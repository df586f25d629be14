package se.styr.shared;

/** Where a commitment stands in the follow-up. */
public enum Status {
  PLANNED,
  ONGOING,
  DONE,
  POSTPONED,
  CANCELLED;

  public String fileName() {
    return FileWords.of(this);
  }

  /**
   * Planned or done counts as an effort (Södertälje's 0,5 for an indicator that did not improve).
   */
  public boolean isEffort() {
    return this != CANCELLED;
  }
}
