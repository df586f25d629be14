package se.styr.documents.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a table fits the width of an A4 page, and how to print it when it does not: on a
 * landscape page if it fits there, otherwise split into column groups that each fit a landscape
 * page, every group repeating the row labels, so that no figure is ever cut off. Widths are
 * estimated from the longest text of each column in the table font (figures never wrap; words do).
 */
public final class TableFit {
  /** A4 less the margins (20 mm each side), in millimetres. */
  static final double PORTRAIT_WIDTH = 170;

  static final double LANDSCAPE_WIDTH = 257;

  /** An average character of the 9 pt table font, and a cell's padding, in millimetres. */
  private static final double CHARACTER = 1.75;

  private static final double PADDING = 3.5;

  /**
   * Row labels and text columns wrap: they need their longest word, and are given room for this
   * many characters of a line (or their whole text, if shorter) so that they do not wrap word by
   * word.
   */
  private static final int TEXT_LINE = 12;

  /** The label column is given room for this many characters, as plans print their row labels. */
  private static final int LABEL_LINE = 28;

  private TableFit() {}

  /** The table as it will be printed: as it is, landscape, or as several landscape tables. */
  static List<PrintedTable> fit(PrintedTable table) {
    double[] widths = widths(table);
    double total = sum(widths, 0, widths.length);
    if (total <= PORTRAIT_WIDTH) {
      return List.of(table);
    }
    if (total <= LANDSCAPE_WIDTH) {
      return List.of(
          table.withColumnsAndRows(table.caption(), table.columns(), table.rows(), true));
    }
    return split(table, widths);
  }

  private static List<PrintedTable> split(PrintedTable table, double[] widths) {
    List<PrintedTable> parts = new ArrayList<>();
    int start = 1;
    while (start < widths.length) {
      double used = widths[0];
      int end = start;
      while (end < widths.length && (end == start || used + widths[end] <= LANDSCAPE_WIDTH)) {
        used += widths[end];
        end++;
      }
      parts.add(slice(table, start, end, parts.isEmpty()));
      start = end;
    }
    return parts;
  }

  private static PrintedTable slice(PrintedTable table, int from, int to, boolean first) {
    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(table.columns().get(0));
    columns.addAll(table.columns().subList(from, to));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (PrintedTable.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.cells().get(0));
      cells.addAll(row.cells().subList(from, to));
      List<String> lights = new ArrayList<>();
      lights.add(row.lights().get(0));
      lights.addAll(row.lights().subList(from, to));
      rows.add(new PrintedTable.Row(cells, row.kind(), row.indent(), lights));
    }
    String caption =
        first ? table.caption() : DocumentWords.get("document.table.continued", table.caption());
    PrintedTable part = table.withColumnsAndRows(caption, columns, rows, true);
    return first
        ? part
        : new PrintedTable(
            table.anchor() + "-" + from,
            part.caption(),
            part.unit(),
            part.columns(),
            part.rows(),
            List.of(),
            true);
  }

  /** The estimated width of each column in millimetres. */
  public static double[] widths(PrintedTable table) {
    double[] widths = new double[table.columns().size()];
    for (int c = 0; c < widths.length; c++) {
      PrintedTable.Column column = table.columns().get(c);
      int line = c == 0 ? LABEL_LINE : TEXT_LINE;
      int characters = longestWord(column.label());
      for (PrintedTable.Row row : table.rows()) {
        String cell = row.cells().get(c);
        int need =
            column.numeric()
                ? cell.length()
                : Math.max(longestWord(cell), Math.min(line, cell.length()));
        characters = Math.max(characters, need + (c == 0 ? 2 * row.indent() : 0));
      }
      widths[c] = characters * CHARACTER + PADDING;
    }
    return widths;
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split("[ \\t\\n]+")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  private static double sum(double[] values, int from, int to) {
    double total = 0;
    for (int i = from; i < to; i++) {
      total += values[i];
    }
    return total;
  }
}
