package se.styr.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * Figures pasted into a table from Excel or Word: text with a row per line and cells parted by
 * tabs, as both put on the clipboard. A first line whose cells name the table's columns says which
 * column each pasted one is (any of them, in any order); without it the cells stand in the table's
 * column order. A line whose first cell names a row (by label or key) fills that row; lines without
 * row names fill the table's rows in order, and then there must be as many. Figures are numbers as
 * Swedes write them (1 234,5; −12; 3,5 %) or blank; a cell that repeats a figure's note or printed
 * form keeps the figure. Every wrong line and cell is named, all of them, and a paste with any is
 * refused whole; the table's shape is never changed by pasting.
 */
public final class TablePaste {
  /** More lines than any plan's table has; a paste beyond it is refused. */
  static final int MOST_LINES = 5000;

  private TablePaste() {}

  /** Reads {@code pasted} into {@code table}: the table with the figures, and what they change. */
  public static TableWorkbookReader.Read read(String pasted, String name, BudgetTable table) {
    List<String[]> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    String[] raw =
        (pasted == null ? "" : pasted).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    if (raw.length > MOST_LINES) {
      throw BadFileException.of(name, Text.of("budget.paste.tooLong", MOST_LINES));
    }
    for (int i = 0; i < raw.length; i++) {
      if (!raw[i].isBlank()) {
        lines.add(raw[i].split("\t", -1));
        numbers.add(i + 1);
      }
    }
    if (lines.isEmpty()) {
      throw BadFileException.of(name, Text.of("budget.paste.empty"));
    }
    List<FileProblem> problems = new ArrayList<>();
    Map<String, Integer> columnByName = new HashMap<>();
    for (int c = 0; c < table.columns().size(); c++) {
      columnByName.put(name(table.columns().get(c).label()), c);
      columnByName.put(name(table.columns().get(c).key()), c);
    }
    // the header: a line (the first) whose cells after the first all name columns
    int[] columnOf = null;
    String[] first = lines.get(0);
    if (first.length > 1) {
      int[] found = new int[first.length];
      int named = 0;
      for (int i = 0; i < first.length; i++) {
        Integer c = columnByName.get(name(first[i]));
        found[i] = c == null ? -1 : c;
        if (c != null) {
          named++;
        }
      }
      if (named > 0 && named >= first.length - 1) {
        columnOf = found;
        lines.remove(0);
        numbers.remove(0);
      }
    }
    Map<String, Integer> rowByName = new HashMap<>();
    for (int r = 0; r < table.rows().size(); r++) {
      rowByName.putIfAbsent(name(table.rows().get(r).label()), r);
      rowByName.putIfAbsent(name(table.rows().get(r).key()), r);
    }
    long named = lines.stream().filter(l -> rowByName.containsKey(name(l[0]))).count();
    // row names in the first column: most lines start with one (the others are named as wrong),
    // or a header says the first column is none of the table's
    boolean labelled =
        (named > 0 && named * 2 >= lines.size())
            || (columnOf != null && columnOf.length > 0 && columnOf[0] == -1);
    if (columnOf == null) {
      int width = labelled ? table.columns().size() + 1 : table.columns().size();
      columnOf = new int[width];
      for (int i = 0; i < width; i++) {
        columnOf[i] = labelled ? i - 1 : i;
      }
    }
    if (!labelled && lines.size() != table.rows().size()) {
      throw BadFileException.of(
          name, Text.of("budget.paste.rowCount", lines.size(), table.rows().size()));
    }
    BudgetTable read = table;
    List<TableWorkbookReader.Change> changes = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      String[] cells = lines.get(l);
      int line = numbers.get(l);
      int r;
      if (labelled) {
        Integer found = cells.length == 0 ? null : rowByName.get(name(cells[0]));
        if (found == null) {
          problems.add(
              new FileProblem(
                  name, line, 1, Text.of("budget.paste.unknownRow", line, shortened(cells[0]))));
          continue;
        }
        r = found;
      } else {
        r = l;
      }
      TableRow row = table.rows().get(r);
      for (int i = 0; i < cells.length && i < columnOf.length; i++) {
        int c = columnOf[i];
        if (c < 0) {
          continue;
        }
        Cell before = row.cell(c);
        String text = cells[i].strip();
        BigDecimal value;
        if (text.isEmpty()) {
          value = null;
        } else if (TableWorkbookReader.keeps(text, before)) {
          value = before.value();
        } else {
          var parsed = SwedishNumbers.parse(text);
          if (parsed.isEmpty()) {
            problems.add(
                new FileProblem(
                    name,
                    line,
                    i + 1,
                    Text.of(
                        "budget.paste.notNumber",
                        line,
                        table.columns().get(c).label(),
                        shortened(text))));
            continue;
          }
          value = parsed.get();
        }
        boolean same =
            before.value() == null
                ? value == null
                : value != null && before.value().compareTo(value) == 0;
        if (!same) {
          read =
              read.withCell(
                  row.key(), table.columns().get(c).key(), new Cell(value, before.note()));
          changes.add(
              new TableWorkbookReader.Change(
                  row.label(),
                  table.columns().get(c).label(),
                  String.valueOf(line),
                  before.value(),
                  value));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadFileException(problems);
    }
    return new TableWorkbookReader.Read(read, changes);
  }

  /** A label or key as pasted ones are matched to it: without case and extra spaces. */
  private static String name(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String shortened(String text) {
    return se.styr.shared.yaml.YamlNumbers.abbreviate(text == null ? "" : text);
  }
}
