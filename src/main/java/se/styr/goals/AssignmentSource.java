package se.styr.goals;

import java.util.Locale;
import java.util.Optional;

/** Who gave an assignment: the council (KF), the executive board (KS) or the committee itself. */
public enum AssignmentSource {
  COUNCIL, EXECUTIVE_BOARD, COMMITTEE;

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AssignmentSource> parse(String text) {
    for (AssignmentSource source : values()) {
      if (source.fileName().equals(text)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}
