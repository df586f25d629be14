package se.styr.goals;

/** Which way an indicator's values are better. */
public enum Better {
  HIGHER,
  LOWER
}
