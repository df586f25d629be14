package se.styr.shared;

import java.util.Locale;
import java.util.Optional;

/** Where a commitment stands in the follow-up. */
public enum Status {
  PLANNED, ONGOING, DONE, POSTPONED, CANCELLED;

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Planned or done counts as an effort (Södertälje's 0,5 for an indicator that did not improve). */
  public boolean isEffort() {
    return this != CANCELLED;
  }

  public static Optional<Status> parse(String text) {
    for (Status status : values()) {
      if (status.fileName().equals(text)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
