package se.styr.version;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the title page of a plan says: its title, period, document date and the people behind it.
 */
public record PlanHeader(
    String title, PlanPeriod period, LocalDate documentDate, String chair, String officer) {
  public PlanHeader {
    Objects.requireNonNull(title, "plan title");
    Objects.requireNonNull(period, "plan period");
  }
}
