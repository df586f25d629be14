package se.styr.checks;

/** What is wrong in a plan's goal chain, internal control or savings measures. */
public enum GoalFindingKind {
  /** A target is set for a year outside the plan's years. */
  TARGET_YEAR,
  /** An indicator has no target at all. */
  NO_TARGET,
  /** A target relative to other municipalities has no stored values of them to compare with. */
  NO_COMPARISON_DATA,
  /** Two bands of a rule leave values between them unassigned. */
  BAND_GAP,
  /** Two bands of a rule claim the same values. */
  BAND_OVERLAP,
  /** A goal assessed by inheriting its subgoal's assessment has not exactly one subgoal. */
  SUBGOALS,
  /** A risk value is not likelihood × consequence. */
  RISK_VALUE,
  /** The savings measures do not add up to their stated total. */
  SAVINGS_TOTAL
}
