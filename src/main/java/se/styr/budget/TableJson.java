package se.styr.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.styr.shared.InvalidValueException;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * A table as the REST API reads and writes it: the same fields as a table of the plan file, plus,
 * when read, its lock version and who changed it last.
 */
public record TableJson(
    String key,
    String kind,
    String title,
    String unit,
    Boolean unitPrinted,
    Boolean itemised,
    String distributes,
    List<Column> columns,
    List<Row> rows,
    List<String> footnotes,
    List<String> relations,
    Integer lockVersion,
    String changedBy,
    Instant changedAt,
    String changeSummary) {

  /** A column: what its figures are, for which year, and a formula where it is derived. */
  public record Column(
      String key,
      String label,
      String type,
      Integer year,
      LocalDate asOf,
      String unit,
      String formula) {}

  /** A row with its figures, one per column (null for a blank cell). */
  public record Row(
      String key,
      String label,
      String parent,
      String role,
      String area,
      String group,
      String formula,
      String note,
      String category,
      BigDecimal percent,
      String duration,
      String counterpart,
      Integer frameYear,
      String from,
      String to,
      String investment,
      List<Value> values) {}

  /**
   * One figure, exact as printed, with an optional note. {@code printed} is the figure as the plan
   * prints it ("1 325 246", "7,0", or as its source stated it: "1144", "–1,8", a dash "–" for no
   * figure); when writing it is kept only where it still prints the value sent.
   */
  public record Value(BigDecimal value, String note, String printed) {
    public Value(BigDecimal value, String note) {
      this(value, note, value == null ? null : SwedishNumbers.format(value));
    }
  }

  public static TableJson of(BudgetTable table, TableState state) {
    List<Column> columns =
        table.columns().stream()
            .map(
                c ->
                    new Column(
                        c.key(),
                        c.label(),
                        c.type().fileName(),
                        c.year(),
                        c.asOf(),
                        c.unit(),
                        c.formula() == null ? null : c.formula().toString()))
            .toList();
    List<Row> rows = new ArrayList<>();
    for (TableRow row : table.rows()) {
      FrameChange change = row.frameChange();
      rows.add(
          new Row(
              row.key(),
              row.label(),
              row.parent(),
              row.role().fileName(),
              row.area(),
              row.group(),
              row.formula() == null ? null : row.formula().toString(),
              row.note(),
              change == null ? null : change.category().fileName(),
              change == null ? null : change.percent(),
              change == null || change.duration() == null ? null : change.duration().fileName(),
              change == null ? null : change.counterpart(),
              change == null ? null : change.year(),
              row.reallocation() == null ? null : row.reallocation().fromArea(),
              row.reallocation() == null ? null : row.reallocation().toArea(),
              row.investment() == null ? null : row.investment().fileName(),
              row.cells().stream()
                  .map(
                      c ->
                          c.isBlank() && c.note() == null && c.printed() == null
                              ? null
                              : new Value(
                                  c.value(),
                                  c.note(),
                                  c.printed() != null
                                      ? c.printed()
                                      : c.value() == null
                                          ? null
                                          : SwedishNumbers.format(c.value())))
                  .toList()));
    }
    return new TableJson(
        table.key(),
        table.kind().fileName(),
        table.title(),
        table.unit(),
        table.unitPrinted(),
        table.itemised(),
        table.distributes() == null ? null : table.distributes().toString(),
        columns,
        rows,
        table.footnotes(),
        table.relations().stream().map(CellRelation::toString).toList(),
        state == null ? null : state.lockVersion(),
        state == null ? null : state.changedBy(),
        state == null ? null : state.changedAt(),
        state == null ? null : state.changeSummary());
  }

  /** The table this JSON describes; the message of the exception says what is wrong where. */
  public BudgetTable toTable(String expectedKey) {
    if (key != null && !key.equals(expectedKey)) {
      throw new InvalidValueException(Text.of("budget.json.otherTable", key, expectedKey));
    }
    TableKind tableKind =
        TableKind.fromFileName(required(kind, Text.verbatim("kind")))
            .orElseThrow(() -> new InvalidValueException(Text.of("budget.json.unknownKind", kind)));
    List<TableColumn> tableColumns = new ArrayList<>();
    for (Column column : orEmpty(columns)) {
      tableColumns.add(
          new TableColumn(
              required(column.key(), Text.verbatim("column key")),
              required(column.label(), Text.verbatim("column label")),
              ColumnType.fromFileName(required(column.type(), Text.verbatim("column type")))
                  .orElseThrow(
                      () ->
                          new InvalidValueException(
                              Text.of("budget.json.unknownColumnType", column.type()))),
              column.year(),
              column.asOf(),
              column.unit(),
              formula(column.formula())));
    }
    List<TableRow> tableRows = new ArrayList<>();
    for (Row row : orEmpty(rows)) {
      String rowKey = required(row.key(), Text.verbatim("row key"));
      List<Cell> cells = new ArrayList<>();
      for (Value value : orEmpty(row.values())) {
        cells.add(value == null ? Cell.BLANK : cellOf(value, rowKey));
      }
      while (cells.size() < tableColumns.size() && orEmpty(row.values()).isEmpty()) {
        cells.add(Cell.BLANK);
      }
      tableRows.add(
          new TableRow(
              rowKey,
              required(row.label(), Text.verbatim("row label")),
              row.role() == null
                  ? RowRole.ITEM
                  : RowRole.fromFileName(row.role())
                      .orElseThrow(
                          () ->
                              new InvalidValueException(
                                  Text.of("budget.json.unknownRole", rowKey, row.role()))),
              row.area(),
              row.group(),
              formula(row.formula()),
              row.note(),
              frameChange(row),
              reallocation(row),
              row.investment() == null
                  ? null
                  : InvestmentKind.fromFileName(row.investment())
                      .orElseThrow(
                          () ->
                              new InvalidValueException(
                                  Text.of(
                                      "budget.json.unknownInvestment", rowKey, row.investment()))),
              cells,
              row.parent()));
    }
    return new BudgetTable(
        expectedKey,
        tableKind,
        required(title, Text.verbatim("title")),
        required(unit, Text.verbatim("unit")),
        unitPrinted == null || unitPrinted,
        tableColumns,
        tableRows,
        footnotes,
        itemised == null || itemised,
        formula(distributes),
        relations == null ? List.of() : relations.stream().map(CellRelation::parse).toList());
  }

  public static Cell cellOf(Value value, String row) {
    if (value.value() != null
        && (value.value().abs().compareTo(new BigDecimal("1E15")) >= 0
            || value.value().scale() > 6)) {
      throw new InvalidValueException(
          Text.of("budget.json.outOfRange", row, value.value().toPlainString()));
    }
    if (value.value() != null && value.value().scale() < 0) {
      return new Cell(value.value().setScale(0), value.note());
    }
    return new Cell(value.value(), value.note(), printedOf(value));
  }

  /**
   * The printed form a client sent back, kept where it still prints the value (a dash for no value,
   * or a form that reads as exactly this value); a new figure is printed Styr's way.
   */
  private static String printedOf(Value value) {
    String printed = value.printed();
    if (printed == null) {
      return null;
    }
    if (value.value() == null) {
      return Cell.DASHES.contains(printed.strip()) ? printed.strip() : null;
    }
    if (printed.equals(SwedishNumbers.format(value.value()))) {
      return null;
    }
    return SwedishNumbers.parse(printed)
        .filter(p -> p.compareTo(value.value()) == 0 && p.scale() == value.value().scale())
        .map(p -> printed)
        .orElse(null);
  }

  private static FrameChange frameChange(Row row) {
    if (row.category() == null
        && row.percent() == null
        && row.duration() == null
        && row.counterpart() == null
        && row.frameYear() == null) {
      return null;
    }
    FrameChange.Category category =
        row.category() == null
            ? FrameChange.Category.OTHER
            : FrameChange.Category.fromFileName(row.category())
                .orElseThrow(
                    () ->
                        new InvalidValueException(
                            Text.of("budget.json.unknownCategory", row.key(), row.category())));
    FrameChange.Duration duration =
        row.duration() == null
            ? null
            : FrameChange.Duration.fromFileName(row.duration())
                .orElseThrow(
                    () ->
                        new InvalidValueException(
                            Text.of("budget.json.unknownDuration", row.key(), row.duration())));
    return new FrameChange(category, row.percent(), duration, row.counterpart(), row.frameYear());
  }

  private static Reallocation reallocation(Row row) {
    if (row.from() == null && row.to() == null) {
      return null;
    }
    return new Reallocation(
        required(row.from(), Text.of("budget.json.rowField", row.key(), "from")),
        required(row.to(), Text.of("budget.json.rowField", row.key(), "to")));
  }

  private static Formula formula(String text) {
    return Optional.ofNullable(text).filter(t -> !t.isBlank()).map(Formula::parse).orElse(null);
  }

  private static String required(String value, Text what) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(Text.of("budget.json.missing", what));
    }
    return value;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
