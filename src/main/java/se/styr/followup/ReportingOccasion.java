package se.styr.followup;

import se.styr.shared.FileWords;

/**
 * When a control or measure is reported: monthly report, tertial report, interim report (delår),
 * annual report (helår).
 */
public enum ReportingOccasion {
  MONTHLY,
  TERTIAL,
  INTERIM,
  ANNUAL;

  public String fileName() {
    return FileWords.of(this);
  }
}
