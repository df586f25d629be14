package se.styr.followup;

import java.util.Objects;
import se.styr.shared.Keys;

/** A measure of volume counted each period in an operational area (verksamhetsmått). */
public record OperationalMeasure(String key, String area, String name, String unit) {
  public OperationalMeasure {
    Keys.require(key, FollowUpWords.MEASURE);
    Objects.requireNonNull(name, "measure name");
  }
}
