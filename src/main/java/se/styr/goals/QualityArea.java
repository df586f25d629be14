package se.styr.goals;

import java.util.Objects;
import se.styr.shared.Keys;

/** A strategic area of the committee's quality system that goals link to. */
public record QualityArea(String key, String name) {
  public QualityArea {
    Keys.require(key, GoalWords.QUALITY_AREA);
    Objects.requireNonNull(name, "quality area name");
  }
}
