package se.styr.goals;

import java.util.Objects;

/** The expected direction of an indicator ("Prognos 2024: Ökande"). */
public record Forecast(String period, Direction direction, String printed) {
  public enum Direction {
    INCREASING, DECREASING, UNCHANGED
  }

  public Forecast {
    Objects.requireNonNull(direction, "forecast direction");
  }
}
