package se.styr.forecast;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One way a scenario departs from the base. A rate change names its service and a band, or no band
 * ({@code band} null) for every band.
 */
public sealed interface ScenarioChange {
  /** The rate up (or, negative, down) by percentage points: 4.46 % + 0.5 = 4.96 %. */
  record RatePoints(String band, String service, BigDecimal points) implements ScenarioChange {
    public RatePoints {
      Keys.require(service, "forecast.what.service");
      Objects.requireNonNull(points, "points");
    }
  }

  /** The rate up (or, negative, down) by a percent of itself: 4.46 % + 10 % = 4.906 %. */
  record RatePercent(String band, String service, BigDecimal percent) implements ScenarioChange {
    public RatePercent {
      Keys.require(service, "forecast.what.service");
      Objects.requireNonNull(percent, "percent");
    }
  }

  /** The rate chosen otherwise: an average of other years, a stated rate. */
  record OtherChoice(String band, String service, RateChoice choice) implements ScenarioChange {
    public OtherChoice {
      Keys.require(service, "forecast.what.service");
      Objects.requireNonNull(choice, "choice");
    }
  }

  /** New places (or, negative, places closed) from a year on. */
  record NewPlaces(int year, long places) implements ScenarioChange {}
}
