package se.styr.forecast;

/** What a stated figure that differs from Styr's computation is explained by, if anything. */
public enum DiscrepancyKind {
  /** The printed rate does not give the figure; the unrounded rate it was rounded from does. */
  EXPLAINED_BY_UNROUNDED_RATE,
  /** A total is not the sum of its rounded parts, but the rounded sum of the unrounded parts. */
  EXPLAINED_BY_ROUNDING_OF_SUM,
  /** The stated method does not give the figure; a factor the plan does not state does. */
  EXPLAINED_BY_UNSTATED_FACTOR,
  /** The printed rate is no outcome year's rate: the plan states it, from where is not said. */
  RATE_FROM_NO_OUTCOME_YEAR,
  /** Nothing tried gives the figure: the plan's method cannot be known. */
  UNEXPLAINED,
  /** The plan leaves the figure blank where Styr computes one. */
  NOT_STATED
}
