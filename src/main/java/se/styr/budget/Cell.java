package se.styr.budget;

import java.math.BigDecimal;

/**
 * One figure of a table as the plan states it. A blank cell has no value; the value's scale is its
 * printed precision (7,0 has scale 1). A note qualifies the figure ("tom april").
 */
public record Cell(BigDecimal value, String note) {
  public static final Cell BLANK = new Cell(null, null);

  public Cell {
    if (note != null && note.isBlank()) {
      note = null;
    }
  }

  public static Cell of(BigDecimal value) {
    return value == null ? BLANK : new Cell(value, null);
  }

  public static Cell of(String value) {
    return of(new BigDecimal(value));
  }

  public boolean isBlank() {
    return value == null;
  }
}
