package se.styr.goals;

import java.util.Locale;
import java.util.Optional;

/** Where an indicator's values come from. */
public enum SourceType {
  KOLADA, OPEN_COMPARISONS, USER_SURVEY, EMPLOYEE_SURVEY, OWN_STATISTICS, SELF_INSPECTION, ANNUAL_REPORT,
  STAFF_REPORT, PROCUREMENT, OTHER;

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SourceType> parse(String text) {
    for (SourceType type : values()) {
      if (type.fileName().equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
