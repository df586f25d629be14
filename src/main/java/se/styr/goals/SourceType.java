package se.styr.goals;

import se.styr.shared.FileWords;

/** Where an indicator's values come from. */
public enum SourceType {
  KOLADA,
  OPEN_COMPARISONS,
  USER_SURVEY,
  EMPLOYEE_SURVEY,
  OWN_STATISTICS,
  SELF_INSPECTION,
  ANNUAL_REPORT,
  STAFF_REPORT,
  PROCUREMENT,
  OTHER;

  public String fileName() {
    return FileWords.of(this);
  }
}
