package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.ColumnType;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableRow;
import se.styr.shared.Text;

/**
 * Horizontal bars of an operating budget (driftbudget, driftsammandrag): each operational area's
 * figure as the table states it, in the table's printed unit. Only item rows are drawn: totals,
 * subtotals, headings and "varav" rows would count areas twice. Negative figures extend left of a
 * zero line.
 */
public final class OperatingBudgetChart {
  static final int MAX_SERIES = Palette.SERIES.size();

  private OperatingBudgetChart() {}

  /** The areas' figures of one column, ids derived from the table and column keys. */
  public static Chart of(BudgetTable table, String columnKey) {
    return of(table, columnKey, Svg.deriveId("budget", table.key(), columnKey));
  }

  public static Chart of(BudgetTable table, String columnKey, String idPrefix) {
    return ofColumns(table, List.of(columnKey), idPrefix);
  }

  /** Each area across the table's budget, proposal and plan columns of a year, as grouped bars. */
  public static Chart ofYears(BudgetTable table) {
    return ofYears(table, Svg.deriveId("budget", table.key(), "years"));
  }

  /**
   * As {@link #ofYears(BudgetTable)}, its words put into a language by {@code words}, e.g. a page's
   * visitor's.
   */
  public static Chart ofYears(BudgetTable table, Function<Text, String> words) {
    return ofYears(table, Svg.deriveId("budget", table.key(), "years"), words);
  }

  public static Chart ofYears(BudgetTable table, String idPrefix) {
    return ofYears(table, idPrefix, Text::swedish);
  }

  private static Chart ofYears(BudgetTable table, String idPrefix, Function<Text, String> words) {
    List<String> keys = new ArrayList<>();
    for (TableColumn column : table.columns()) {
      if (column.year() != null
          && (column.type() == ColumnType.BUDGET
              || column.type() == ColumnType.PLAN
              || column.type() == ColumnType.PROPOSAL)) {
        keys.add(column.key());
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(
          "table '" + table.key() + "' has no budget or plan column of a year");
    }
    return ofColumns(
        table,
        keys.size() > MAX_SERIES ? keys.subList(keys.size() - MAX_SERIES, keys.size()) : keys,
        idPrefix,
        words);
  }

  /**
   * The areas' figures of the given columns (one to six, all in one unit), grouped per area, in
   * Swedish.
   */
  public static Chart ofColumns(BudgetTable table, List<String> columnKeys, String idPrefix) {
    return ofColumns(table, columnKeys, idPrefix, Text::swedish);
  }

  private static Chart ofColumns(
      BudgetTable table, List<String> columnKeys, String idPrefix, Function<Text, String> words) {
    Svg.requireId(idPrefix);
    if (columnKeys.isEmpty() || columnKeys.size() > MAX_SERIES) {
      throw new IllegalArgumentException(
          "a budget chart shows 1 to " + MAX_SERIES + " columns, got " + columnKeys.size());
    }
    List<Integer> columns = columns(table, columnKeys);
    String unit = unit(table, columns);
    List<String> names = columns.stream().map(c -> table.columns().get(c).label()).toList();
    List<BarPlot.Group> groups = groups(table, columns);
    List<ChartTable.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (TableRow row : areaRows(table)) {
      List<String> texts = new ArrayList<>();
      for (int c : columns) {
        Cell cell = row.cell(c);
        texts.add(cell.isBlank() ? "" : Texts.number(cell.value()));
        if (cell.note() != null) {
          notes.add(row.label() + ", " + table.columns().get(c).label() + ": " + cell.note());
        }
      }
      rows.add(new ChartTable.Row(row.label(), texts));
    }
    String title = names.size() == 1 ? table.title() + ", " + names.get(0) : table.title();
    String description = words.apply(description(groups, names, unit));
    String axisTitle =
        names.size() == 1
            ? names.get(0) + " (" + unit + ")"
            : words.apply(Text.of("charts.amount", unit));
    String svg =
        BarPlot.draw(
            idPrefix,
            title,
            description,
            names,
            groups,
            unit,
            axisTitle,
            words.apply(Text.of("charts.nothing")));
    List<String> headers = new ArrayList<>();
    headers.add(words.apply(Text.of("charts.area")));
    headers.addAll(names);
    return new Chart(
        title,
        description,
        svg,
        new ChartTable(table.title() + " (" + unit + ")", headers, rows, notes));
  }

  private static List<Integer> columns(BudgetTable table, List<String> columnKeys) {
    List<Integer> columns = new ArrayList<>();
    for (String key : columnKeys) {
      columns.add(
          table
              .columnIndex(key)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no column '" + key + "' in table '" + table.key() + "'")));
    }
    return columns;
  }

  /**
   * The rows of operational areas: items; totals, subtotals, headings and "varav" rows are left
   * out.
   */
  private static List<TableRow> areaRows(BudgetTable table) {
    return table.rows().stream().filter(r -> r.role() == RowRole.ITEM).toList();
  }

  /**
   * What the bars show: each area row's figures in the given columns, null where a cell is blank.
   */
  static List<BarPlot.Group> groups(BudgetTable table, List<Integer> columns) {
    List<BarPlot.Group> groups = new ArrayList<>();
    for (TableRow row : areaRows(table)) {
      List<BigDecimal> figures = new ArrayList<>();
      columns.forEach(c -> figures.add(row.cell(c).value()));
      groups.add(new BarPlot.Group(row.label(), figures));
    }
    return groups;
  }

  /** The printed unit the columns share: a column's own where it has one, else the table's. */
  private static String unit(BudgetTable table, List<Integer> columns) {
    String unit = null;
    for (int c : columns) {
      String own = table.columns().get(c).unit();
      String printed = own == null ? table.unit() : own;
      if (unit != null && !unit.toLowerCase(Locale.ROOT).equals(printed.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "columns in " + unit + " and " + printed + " cannot share an axis");
      }
      unit = printed;
    }
    return unit;
  }

  /**
   * "7 verksamhetsområden, Budget 2024 i Mkr: störst Särskilt boende 282 660, minst Digitalisering
   * 42 690."
   */
  static Text description(List<BarPlot.Group> groups, List<String> names, String unit) {
    Text areas =
        Text.of(
            groups.size() == 1 ? "charts.describe.area" : "charts.describe.areas", groups.size());
    if (names.size() > 1) {
      return Text.of(
          "charts.describe.columns", areas, names.get(0), names.get(names.size() - 1), unit);
    }
    BarPlot.Group largest = null;
    BarPlot.Group smallest = null;
    for (BarPlot.Group group : groups) {
      BigDecimal figure = group.figures().get(0);
      if (figure == null) {
        continue;
      }
      if (largest == null || figure.compareTo(largest.figures().get(0)) > 0) {
        largest = group;
      }
      if (smallest == null || figure.compareTo(smallest.figures().get(0)) < 0) {
        smallest = group;
      }
    }
    if (largest == null) {
      return Text.of("charts.describe.noAmounts", areas, names.get(0), unit);
    }
    if (largest == smallest) {
      return Text.of(
          "charts.describe.one",
          areas,
          names.get(0),
          unit,
          largest.label(),
          Texts.number(largest.figures().get(0)));
    }
    return Text.of(
        "charts.describe.column",
        areas,
        names.get(0),
        unit,
        largest.label(),
        Texts.number(largest.figures().get(0)),
        smallest.label(),
        Texts.number(smallest.figures().get(0)));
  }
}
