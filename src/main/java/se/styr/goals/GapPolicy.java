package se.styr.goals;

/** What a banded rule does with a value that falls between two bands. */
public enum GapPolicy {
  /** The value belongs to the band below. */
  LOWER,
  /** The value belongs to the band above. */
  UPPER,
  /** The value is not assessed, and the explanation says it fell in a gap. */
  UNASSESSED
}
