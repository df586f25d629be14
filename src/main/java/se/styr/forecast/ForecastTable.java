package se.styr.forecast;

import java.util.List;

/**
 * A table of a forecast as a page or a document shows it, every figure put into words: its caption,
 * the header of its row labels and of each column, and its rows (a total row set apart).
 */
public record ForecastTable(String caption, String corner, List<String> headers, List<Row> rows) {
  public ForecastTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** A row: its label, one text per column (empty where there is no figure), whether a total. */
  public record Row(String label, List<String> values, boolean total) {
    public Row {
      values = List.copyOf(values);
    }
  }
}
