package se.styr.followup;

import java.util.Locale;
import java.util.Optional;

/** When a control or measure is reported: monthly report, tertial report, interim report (delår), annual report (helår). */
public enum ReportingOccasion {
  MONTHLY, TERTIAL, INTERIM, ANNUAL;

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportingOccasion> parse(String text) {
    for (ReportingOccasion occasion : values()) {
      if (occasion.fileName().equals(text)) {
        return Optional.of(occasion);
      }
    }
    return Optional.empty();
  }
}
