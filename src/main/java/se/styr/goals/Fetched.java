package se.styr.goals;

import java.time.LocalDate;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * Where a figure Styr fetched came from and when: "Kolada U21468 (T)", 2026-12-04. A figure without
 * it was entered by a person, and a fetch never overwrites such a figure unasked.
 */
public record Fetched(String source, LocalDate on) {
  public Fetched {
    Objects.requireNonNull(on, "fetch date");
    if (source == null || source.isBlank()) {
      throw new InvalidValueException(Text.of("goals.invalid.fetchedSource"));
    }
  }
}
