package se.styr.boundaries.high;

import se.styr.boundaries.low.Lower;

/** A high module using a low one, as the order allows (see BoundariesTest). */
public final class Higher {
  private Higher() {}

  public static String below() {
    return Lower.name();
  }
}
