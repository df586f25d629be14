package se.styr.charts;

import java.util.List;
import java.util.Objects;

/**
 * The numbers of a chart as a table, formatted as Swedish text (1 325 246; 61,5): a caption, column
 * headers (the first names the row labels), labelled rows, and notes that say how the numbers were
 * chosen. A chart with nothing to show has a table with headers and no rows.
 */
public record ChartTable(String caption, List<String> headers, List<Row> rows, List<String> notes) {

  /**
   * One row: its label and one text per header after the first (empty where there is no figure).
   */
  public record Row(String label, List<String> values) {
    public Row {
      Objects.requireNonNull(label, "row label");
      values = List.copyOf(values);
    }
  }

  public ChartTable {
    Objects.requireNonNull(caption, "table caption");
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("a chart table has at least the header of its labels");
    }
    for (Row row : rows) {
      if (row.values().size() != headers.size() - 1) {
        throw new IllegalArgumentException(
            "row '"
                + row.label()
                + "' has "
                + row.values().size()
                + " values for "
                + (headers.size() - 1)
                + " columns");
      }
    }
  }
}
