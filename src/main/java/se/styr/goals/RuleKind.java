package se.styr.goals;

import se.styr.shared.FileWords;

/**
 * How a rule assesses: indicators by target, improvement, traffic light or share of target; goals
 * by mean, inheritance or all met; either by hand.
 */
public enum RuleKind {
  TARGET(true, false),
  IMPROVEMENT(true, false),
  TRAFFIC_LIGHT(true, false),
  /** The value as a percentage of the year's target (fulfilment), banded. */
  SHARE_OF_TARGET(true, false),
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
    return this == MEAN || this == TRAFFIC_LIGHT || this == SHARE_OF_TARGET;
  }

  public String fileName() {
    return FileWords.of(this);
  }
}
