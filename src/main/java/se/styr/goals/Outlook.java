package se.styr.goals;

import java.util.Objects;

/**
 * The expected direction of an indicator, as the plan states it beside the values ("Prognos 2024:
 * Ökande"). Not a forecast in the follow-up's sense (the expected full-year outcome of an area's
 * budget): it is a word about where the indicator is heading.
 */
public record Outlook(String period, Direction direction, String printed) {
  public enum Direction {
    INCREASING,
    DECREASING,
    UNCHANGED
  }

  public Outlook {
    Objects.requireNonNull(direction, "outlook direction");
  }
}
