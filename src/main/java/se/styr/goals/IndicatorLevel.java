package se.styr.goals;

/** Whose indicator it is: the committee's, the office's (kontoret) or a unit's. */
public enum IndicatorLevel {
  COMMITTEE,
  OFFICE,
  UNIT
}
