package se.styr.forecast;

/**
 * The places of a year: the persons in need of one (residents projected, plus the queue when one is
 * given, else {@code queue} null), the places that needs, the places there are, and the shortage as
 * Smedjebacken prints it: existing − needed, negative when places are missing.
 */
public record PlaceBalance(int year, long residents, Long queue, long needed, long existing) {
  public long shortage() {
    return Math.subtractExact(existing, needed);
  }

  public long persons() {
    return queue == null ? residents : Math.addExact(residents, queue);
  }
}
