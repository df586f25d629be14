package se.styr.budget;

import java.math.BigDecimal;

/**
 * One figure of a table as the plan states it. A blank cell has no value; the value's scale is its
 * printed precision (7,0 has scale 1). A note qualifies the figure ("tom april"). {@code printed}
 * is the figure as the source prints it where that differs from Styr's own way ("1144" without a
 * space, "–1,8", "-0"), or a dash the source prints for no figure ("–", "-"): a dash is no value,
 * like a blank, and is never read as zero, but it is printed as the source printed it.
 */
public record Cell(BigDecimal value, String note, String printed) {
  public static final Cell BLANK = new Cell(null, null, null);

  /** The dashes sources print for a figure that is not there. */
  public static final java.util.Set<String> DASHES = java.util.Set.of("-", "–", "—", "−");

  /** A figure (or blank) printed Styr's own way. */
  public Cell(BigDecimal value, String note) {
    this(value, note, null);
  }

  public Cell {
    if (note != null && note.isBlank()) {
      note = null;
    }
    if (printed != null && printed.isBlank()) {
      printed = null;
    }
    if (printed != null && value == null && !DASHES.contains(printed)) {
      throw new IllegalArgumentException("a cell without a value prints only a dash");
    }
  }

  /** A dash printed where the source has no figure. */
  public static Cell dash(String dash) {
    return new Cell(null, null, dash);
  }

  /**
   * The figure as printed: as the source stated it where it says so, else in Swedish format with
   * {@code thousands} between groups of digits; empty for a blank.
   */
  public String shown(char thousands) {
    if (printed != null) {
      return printed.replace(' ', thousands);
    }
    return value == null ? "" : se.styr.shared.SwedishNumbers.format(value, thousands);
  }

  /** Whether the source prints a dash here (no value, but not an empty cell either). */
  public boolean isDash() {
    return value == null && printed != null;
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
