package se.styr.forecast.web;

import java.util.List;

/**
 * A table of the forecast page: its caption, the header of its row labels and of each column, and
 * its rows (a total row set apart).
 */
record FigureTable(String caption, String corner, List<String> headers, List<Row> rows) {
  FigureTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** A row: its label, one text per column (empty where there is no figure), whether a total. */
  record Row(String label, List<String> values, boolean total) {
    Row {
      values = List.copyOf(values);
    }
  }
}
