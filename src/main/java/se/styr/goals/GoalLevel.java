package se.styr.goals;

import java.util.Objects;
import se.styr.shared.Keys;

/**
 * One level of a municipality's goal hierarchy, by its own name ("KF-mål", "Prioriterat mål, KF").
 */
public record GoalLevel(String key, String name, LevelKind kind, String rule) {
  public GoalLevel {
    Keys.require(key, GoalWords.GOAL_LEVEL);
    Objects.requireNonNull(name, "goal level name");
    Objects.requireNonNull(kind, "goal level kind");
  }
}
