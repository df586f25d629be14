package se.styr.imports.kolada;

import java.util.List;

/**
 * One page of a Kolada answer: its items, the count the page states, and the address of the next
 * page (null on the last).
 */
public record KoladaPage<T>(List<T> values, Integer count, String nextUrl) {
  public KoladaPage {
    values = List.copyOf(values);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return nextUrl != null && !nextUrl.isBlank();
  }
}
