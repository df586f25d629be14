package se.styr.goals;

import java.time.LocalDate;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * An assessment made by a person, of a goal or an indicator for a year; it must say why. It may be
 * that the goal or indicator could not be assessed ({@link Result#NOT_ASSESSED}); the justification
 * is then the reason.
 */
public record ManualAssessment(
    String subject,
    boolean ofIndicator,
    int year,
    Result result,
    String by,
    LocalDate date,
    String justification) {
  public ManualAssessment {
    Objects.requireNonNull(subject, "assessed goal or indicator");
    Objects.requireNonNull(result, "result");
    if (by == null || by.isBlank()) {
      throw new InvalidValueException(Text.of("goals.invalid.manualBy"));
    }
    if (justification == null || justification.isBlank()) {
      throw new InvalidValueException(Text.of("goals.invalid.manualWhy"));
    }
  }
}
