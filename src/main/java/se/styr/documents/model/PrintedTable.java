package se.styr.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * A table as printed: caption, the unit its figures are in (printed with the caption), the columns
 * (the first holds the row labels), rows of texts already formatted (Swedish numbers in the table's
 * unit), notes below, and whether it needs a landscape page. Rows know their role so that subtotals
 * and totals stand out and never lose their emphasis in any format.
 */
public record PrintedTable(
    String anchor,
    String caption,
    String unit,
    List<Column> columns,
    List<Row> rows,
    List<String> notes,
    boolean landscape) {

  public PrintedTable {
    Objects.requireNonNull(anchor, "table anchor");
    Objects.requireNonNull(caption, "table caption");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table '" + caption + "' has no columns");
    }
    for (Row row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of table '"
                + caption
                + "' has "
                + row.cells().size()
                + " cells for "
                + columns.size()
                + " columns");
      }
    }
  }

  /** "Driftsammandrag (tkr)": the caption with the unit, as plans print it. */
  public String title() {
    return unit == null || unit.isBlank() ? caption : caption + " (" + unit + ")";
  }

  public PrintedTable withColumnsAndRows(
      String newCaption, List<Column> newColumns, List<Row> newRows, boolean isLandscape) {
    return new PrintedTable(anchor, newCaption, unit, newColumns, newRows, notes, isLandscape);
  }

  /** A column: its header, and whether it holds figures (right-aligned, never wrapped). */
  public record Column(String label, boolean numeric) {
    public Column {
      Objects.requireNonNull(label, "column label");
    }
  }

  /** What a row is: an item, a subtotal, a total, or a heading that groups the rows below. */
  public enum RowKind {
    ITEM,
    SUBTOTAL,
    TOTAL,
    GROUP
  }

  /** The colours a traffic light in a cell may show, beside the word that says the same. */
  public static final java.util.Set<String> LIGHTS =
      java.util.Set.of("green", "yellow", "red", "grey");

  /**
   * A row's cells as printed (blank cells are empty strings), its kind, how far it is indented
   * (0-3), and per cell the colour of a traffic light drawn before its word ({@link #LIGHTS}, or an
   * empty string for none). The word always says what the light shows: colour is never the only
   * sign.
   */
  public record Row(List<String> cells, RowKind kind, int indent, List<String> lights) {
    public Row {
      cells = cells.stream().map(c -> c == null ? "" : c).toList();
      Objects.requireNonNull(kind, "row kind");
      if (indent < 0 || indent > 3) {
        throw new IllegalArgumentException("indent is 0 to 3, got " + indent);
      }
      lights =
          lights == null
              ? java.util.Collections.nCopies(cells.size(), "")
              : lights.stream().map(l -> l == null ? "" : l).toList();
      if (lights.size() != cells.size()) {
        throw new IllegalArgumentException(
            lights.size() + " lights for " + cells.size() + " cells");
      }
      for (String light : lights) {
        if (!light.isEmpty() && !LIGHTS.contains(light)) {
          throw new IllegalArgumentException("no traffic light colour: " + light);
        }
      }
    }

    public Row(List<String> cells, RowKind kind, int indent) {
      this(cells, kind, indent, null);
    }

    /** A row with a traffic light of {@code colour} in cell {@code column}. */
    public Row withLight(int column, String colour) {
      List<String> changed = new java.util.ArrayList<>(lights);
      changed.set(column, colour);
      return new Row(cells, kind, indent, changed);
    }

    public static Row item(List<String> cells) {
      return new Row(cells, RowKind.ITEM, 0);
    }
  }
}
