package se.styr.boundaries.low;

import se.styr.boundaries.high.Higher;

/** Breaks the order on purpose: a low module that uses a high one (see BoundariesTest). */
public final class Lower {
  private Lower() {}

  public static String name() {
    return Higher.class.getSimpleName();
  }
}
