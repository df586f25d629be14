package se.styr.goals;

import java.util.Locale;
import java.util.Optional;

/** How a rule assesses: indicators by target, improvement or traffic light; goals by mean, inheritance or all met; either by hand. */
public enum RuleKind {
  TARGET(true, false),
  IMPROVEMENT(true, false),
  TRAFFIC_LIGHT(true, false),
  MEAN(false, true),
  INHERIT(false, true),
  ALL_MET(false, true),
  MANUAL(true, true);

  private final boolean forIndicators;
  private final boolean forGoals;

  RuleKind(boolean forIndicators, boolean forGoals) {
    this.forIndicators = forIndicators;
    this.forGoals = forGoals;
  }

  public boolean forIndicators() {
    return forIndicators;
  }

  public boolean forGoals() {
    return forGoals;
  }

  public boolean banded() {
    return this == MEAN || this == TRAFFIC_LIGHT;
  }

  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RuleKind> parse(String text) {
    for (RuleKind kind : values()) {
      if (kind.fileName().equals(text)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
