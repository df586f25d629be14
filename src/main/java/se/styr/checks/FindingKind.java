package se.styr.checks;

/** How a stated figure disagrees with the computed one. */
public enum FindingKind {
  /**
   * The difference is within what rounding of the summed figures to their printed precision can
   * explain.
   */
  ROUNDING,
  /** The difference is larger than rounding can explain. */
  MISMATCH,
  /** The table's stated unit contradicts the size of its figures. */
  UNIT
}
