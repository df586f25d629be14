package se.styr.followup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * One follow-up occasion of a plan year (uppföljningstillfälle): a monthly report, the tertial
 * report, the interim report (delårsrapport) or the annual report, with the date its period ends,
 * the deadline for entries, what it covers and the body it is reported to.
 */
public record Occasion(
    String key,
    ReportingOccasion kind,
    String title,
    LocalDate periodEnd,
    LocalDate deadline,
    Set<Coverage> coverage,
    String reportedTo) {

  public Occasion {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(periodEnd, "period end");
    if (title == null || title.isBlank()) {
      throw new InvalidValueException(Text.of("followup.occasion.title", key));
    }
    if (deadline != null && deadline.isBefore(periodEnd)) {
      throw new InvalidValueException(
          Text.of("followup.occasion.deadlineBeforeEnd", key, deadline, periodEnd));
    }
    if (coverage == null || coverage.isEmpty()) {
      throw new InvalidValueException(Text.of("followup.occasion.coversNothing", key));
    }
    coverage = Set.copyOf(EnumSet.copyOf(coverage));
  }

  /** The plan year the occasion belongs to. */
  public int year() {
    return periodEnd.getYear();
  }

  /** The whole months of the year its period covers: 4 for a tertial report ending 30 April. */
  public int monthsElapsed() {
    LocalDate next = periodEnd.plusDays(1);
    return next.getYear() > periodEnd.getYear() ? 12 : next.getMonthValue() - 1;
  }

  public boolean covers(Coverage what) {
    return coverage.contains(what);
  }

  /** Whether {@code date} lies in the year up to the period's end. */
  public boolean inPeriod(LocalDate date) {
    return date.getYear() == year() && !date.isAfter(periodEnd);
  }
}
