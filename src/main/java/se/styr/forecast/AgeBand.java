package se.styr.forecast;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * An age band of the plan's choosing, from one age to another inclusive ({@code to} null: "and
 * over", as 80-w); a single year of age is a band from and to the same age.
 */
public record AgeBand(String key, int from, Integer to) {
  public AgeBand {
    Keys.require(key, "forecast.what.band");
    if (from < 0 || (to != null && to < from)) {
      throw new InvalidValueException(
          Text.of("forecast.band.range", key, from, to == null ? "w" : to));
    }
  }

  public static AgeBand between(String key, int from, int to) {
    return new AgeBand(key, from, to);
  }

  public static AgeBand andOver(String key, int from) {
    return new AgeBand(key, from, null);
  }

  public boolean overlaps(AgeBand other) {
    return from <= other.upper() && other.from <= upper();
  }

  private int upper() {
    return to == null ? Integer.MAX_VALUE : to;
  }
}
