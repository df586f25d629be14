package se.styr.followup;

/**
 * Where a follow-up occasion stands: open for entries, reported to the committee (with the
 * decision's date, § and dnr), closed for good. A closed occasion never changes again; a correction
 * is a new report version with its reason.
 */
public enum OccasionStatus {
  OPEN,
  REPORTED,
  CLOSED;

  /** Whether entries may still be made or changed. */
  public boolean takesEntries() {
    return this == OPEN;
  }

  /** Whether the occasion may move on to {@code next}: one step forward, never back. */
  public boolean mayBecome(OccasionStatus next) {
    return next.ordinal() == ordinal() + 1;
  }
}
