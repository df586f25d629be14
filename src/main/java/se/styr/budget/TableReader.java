package se.styr.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.styr.shared.InvalidValueException;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.shared.yaml.Locations;
import se.styr.shared.yaml.Where;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlNumbers;
import se.styr.shared.yaml.YamlProblems;
import se.styr.shared.yaml.YamlReading;

/**
 * Reads the structure of one table: fields, types, numbers, unique keys. What the table means
 * (areas, years, units, references) is checked afterwards by {@link se.styr.budget.TableRules}; the
 * reader notes where each part was written so those problems get a line too.
 */
public final class TableReader {
  static final Set<String> TABLE_FIELDS =
      Set.of(
          "relations",
          "table",
          "kind",
          "title",
          "unit",
          "unitPrinted",
          "itemised",
          "distributes",
          "columns",
          "rows",
          "footnotes");
  private static final Set<String> COLUMN_FIELDS =
      Set.of("key", "label", "type", "year", "asOf", "unit", "formula");
  private static final Set<String> ROW_FIELDS =
      Set.of(
          "key",
          "label",
          "parent",
          "role",
          "area",
          "group",
          "formula",
          "note",
          "category",
          "percent",
          "duration",
          "counterpart",
          "frameYear",
          "from",
          "to",
          "investment",
          "values");

  private static final Text TABLE = Text.of("budget.file.table");
  private static final Text COLUMN = Text.of("budget.file.column");
  private static final Text ROW = Text.of("budget.file.row");
  private final YamlProblems problems;
  private final Locations locations;

  public TableReader(YamlReading reading) {
    this.problems = reading.problems();
    this.locations = reading.locations();
  }

  /** The table, or null where its structure is too broken to hold it. */
  public BudgetTable read(YamlMap map) {
    map.allowOnly(TABLE_FIELDS);
    String key = map.text("table", true);
    Text where = Where.item(TABLE, key);
    locations.table(key, map.node());
    for (String field : List.of("kind", "title", "unit", "distributes")) {
      map.field(field).ifPresent(node -> locations.table(key, field, node));
    }
    TableKind kind =
        map.choice(
            "kind",
            true,
            TableKind::fromFileName,
            Arrays.stream(TableKind.values()).map(TableKind::fileName).toList());
    String title = map.text("title", true);
    String unit = map.text("unit", true);
    List<TableColumn> columns = columns(map, key, where);
    List<TableRow> rows = rows(map, key, columns, where);
    Formula distributes =
        map.has("distributes")
            ? formula(map.field("distributes").get(), map.text("distributes", false), where)
            : null;
    List<String> footnotes = map.texts("footnotes");
    List<CellRelation> relations = new ArrayList<>();
    for (Node node : map.list("relations", false)) {
      if (!(node instanceof ScalarNode scalar)) {
        problems.add(node, Where.at(where, Text.of("budget.relation.notText")));
        continue;
      }
      try {
        relations.add(CellRelation.parse(scalar.getValue()));
      } catch (IllegalArgumentException e) {
        problems.add(node, Where.at(where, InvalidValueException.textOf(e)));
      }
    }
    map.field("relations").ifPresent(node -> locations.table(key, "relations", node));
    boolean unitPrinted = map.flag("unitPrinted", true);
    boolean itemised = map.flag("itemised", true);
    if (key == null || kind == null || title == null || unit == null) {
      return null;
    }
    try {
      return new BudgetTable(
          key,
          kind,
          title,
          unit,
          unitPrinted,
          columns,
          rows,
          footnotes,
          itemised,
          distributes,
          relations);
    } catch (IllegalArgumentException e) {
      problems.add(map.node(), Where.at(where, InvalidValueException.textOf(e)));
      return null;
    }
  }

  /** An item of a keyed list (columns, rows) whose key is new in its list. */
  private record Keyed(Node node, YamlMap map, String key) {}

  /**
   * The items of a list of keyed mappings, each checked for its fields and for a key used once in
   * the list.
   */
  private List<Keyed> keyedItems(
      YamlMap table, String list, Text where, Text what, Set<String> fields) {
    List<Keyed> items = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (Node node : table.list(list, true)) {
      Optional<YamlMap> found = YamlMap.of(node, Where.part(where, what), problems);
      if (found.isEmpty()) {
        continue;
      }
      YamlMap map = found.get();
      map.allowOnly(fields);
      String key = map.text("key", true);
      if (unique(seen, key, node, where, what)) {
        items.add(new Keyed(node, map, key));
      }
    }
    return items;
  }

  private List<TableColumn> columns(YamlMap table, String tableKey, Text where) {
    List<TableColumn> columns = new ArrayList<>();
    for (Keyed item : keyedItems(table, "columns", where, COLUMN, COLUMN_FIELDS)) {
      YamlMap map = item.map();
      String key = item.key();
      Text columnWhere = Where.part(where, Where.item(COLUMN, key));
      locations.column(tableKey, key, null, item.node());
      for (String field : List.of("year", "unit", "formula")) {
        map.field(field).ifPresent(n -> locations.column(tableKey, key, field, n));
      }
      String label = map.text("label", true);
      ColumnType type = map.word("type", true, ColumnType.class);
      Integer year = map.year("year", false);
      Formula formula =
          map.has("formula")
              ? formula(map.field("formula").get(), map.text("formula", false), columnWhere)
              : null;
      if (key == null || label == null || type == null) {
        continue;
      }
      try {
        columns.add(
            new TableColumn(
                key, label, type, year, map.date("asOf"), map.text("unit", false), formula));
      } catch (IllegalArgumentException e) {
        problems.add(item.node(), Where.at(columnWhere, InvalidValueException.textOf(e)));
      }
    }
    return columns;
  }

  private List<TableRow> rows(
      YamlMap table, String tableKey, List<TableColumn> columns, Text where) {
    List<TableRow> rows = new ArrayList<>();
    for (Keyed item : keyedItems(table, "rows", where, ROW, ROW_FIELDS)) {
      YamlMap map = item.map();
      String key = item.key();
      Text rowWhere = Where.part(where, Where.item(ROW, key));
      locations.row(tableKey, key, null, item.node());
      for (String field :
          List.of("area", "group", "formula", "category", "percent", "from", "to", "investment")) {
        map.field(field).ifPresent(n -> locations.row(tableKey, key, field, n));
      }
      String label = map.text("label", true);
      RowRole role = map.has("role") ? map.word("role", true, RowRole.class) : RowRole.ITEM;
      Formula formula =
          map.has("formula")
              ? formula(map.field("formula").get(), map.text("formula", false), rowWhere)
              : null;
      FrameChange frameChange = frameChange(map, rowWhere);
      Reallocation reallocation = reallocation(map, rowWhere);
      InvestmentKind investment =
          map.has("investment") ? map.word("investment", true, InvestmentKind.class) : null;
      List<Cell> cells = cells(map, role, columns, rowWhere);
      if (key == null || label == null || role == null) {
        continue;
      }
      rows.add(
          new TableRow(
              key,
              label,
              role,
              map.text("area", false),
              map.text("group", false),
              formula,
              map.text("note", false),
              frameChange,
              reallocation,
              investment,
              cells,
              map.text("parent", false)));
    }
    return rows;
  }

  private List<Cell> cells(YamlMap map, RowRole role, List<TableColumn> columns, Text where) {
    List<Cell> cells = new ArrayList<>();
    List<Node> values = map.list("values", role != RowRole.HEADING);
    if (!values.isEmpty() && values.size() != columns.size()) {
      problems.add(
          map.field("values").get(),
          Text.of(
              unquotedDecimalComma(values)
                  ? "budget.file.valueCountCommas"
                  : "budget.file.valueCount",
              where,
              values.size(),
              columns.size()));
    }
    for (int i = 0; i < columns.size(); i++) {
      if (i < values.size()) {
        cells.add(
            cell(
                values.get(i),
                Text.of("budget.file.cell", where, columns.get(i).label()),
                problems));
      } else {
        cells.add(Cell.BLANK);
      }
    }
    return cells;
  }

  private FrameChange frameChange(YamlMap map, Text where) {
    if (!(map.has("category")
        || map.has("percent")
        || map.has("duration")
        || map.has("counterpart")
        || map.has("frameYear"))) {
      return null;
    }
    FrameChange.Category category =
        map.has("category")
            ? map.word("category", true, FrameChange.Category.class)
            : FrameChange.Category.OTHER;
    BigDecimal percent = map.decimal("percent", false);
    FrameChange.Duration duration =
        map.has("duration") ? map.word("duration", true, FrameChange.Duration.class) : null;
    if (category == null) {
      return null;
    }
    try {
      return new FrameChange(
          category,
          percent,
          duration,
          map.text("counterpart", false),
          map.year("frameYear", false));
    } catch (IllegalArgumentException e) {
      problems.add(
          map.field("percent").orElse(map.node()),
          Where.at(where, InvalidValueException.textOf(e)));
      return null;
    }
  }

  private Reallocation reallocation(YamlMap map, Text where) {
    if (!map.has("from") && !map.has("to")) {
      return null;
    }
    String from = map.text("from", true);
    String to = map.text("to", true);
    if (from == null || to == null) {
      return null;
    }
    try {
      return new Reallocation(from, to);
    } catch (IllegalArgumentException e) {
      problems.add(map.node(), Where.at(where, InvalidValueException.textOf(e)));
      return null;
    }
  }

  private Formula formula(Node node, String text, Text where) {
    try {
      return Formula.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(node, Where.at(where, InvalidValueException.textOf(e)));
      return null;
    }
  }

  private boolean unique(Map<String, Node> seen, String key, Node node, Text where, Text what) {
    if (key == null) {
      return true;
    }
    Node first = seen.putIfAbsent(key, node);
    if (first != null) {
      problems.add(node, Text.of("file.duplicateItem", where, what, key, YamlProblems.line(first)));
      return false;
    }
    return true;
  }

  /**
   * Whether two of the values are digits written with only a comma between them ("[1,5, 2,3]"):
   * most likely a Swedish decimal comma that YAML read as a separator.
   */
  static boolean unquotedDecimalComma(List<Node> values) {
    for (int i = 1; i < values.size(); i++) {
      Node before = values.get(i - 1);
      Node after = values.get(i);
      if (before instanceof ScalarNode a
          && after instanceof ScalarNode b
          && a.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
          && b.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
          && a.getValue().matches("[-\u2212\u2013]?\\d+")
          && b.getValue().matches("\\d+")
          && a.getEndMark().isPresent()
          && b.getStartMark().isPresent()
          && b.getStartMark().get().getIndex() == a.getEndMark().get().getIndex() + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figure as the source prints it, where the plan file quotes it and it differs from Styr's
   * own way of printing the value ("1144" without a space, "–1,8", "-0"); null otherwise. A plain
   * YAML number is printed Styr's way.
   */
  private static String printed(ScalarNode scalar, String raw, BigDecimal value) {
    if (scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN) {
      return null;
    }
    return raw.equals(SwedishNumbers.format(value)) ? null : raw;
  }

  /** A figure: a number, a dash, blank, or {value, note}. */
  private static Cell cell(Node node, Text where, YamlProblems problems) {
    if (YamlMap.isNull(node)) {
      return Cell.BLANK;
    }
    if (node instanceof ScalarNode scalar) {
      String raw = scalar.getValue().strip();
      if (Cell.DASHES.contains(raw)) {
        return Cell.dash(raw);
      }
      BigDecimal value = YamlNumbers.number(node, where, problems);
      return value == null ? Cell.BLANK : new Cell(value, null, printed(scalar, raw, value));
    }
    Optional<YamlMap> map = YamlMap.of(node, Text.of("budget.file.noteFigure", where), problems);
    if (map.isEmpty()) {
      return Cell.BLANK;
    }
    map.get().allowOnly(Set.of("value", "note"));
    String note = map.get().text("note", false);
    Optional<Node> figure = map.get().field("value");
    if (figure.isPresent() && figure.get() instanceof ScalarNode) {
      Cell stated = cell(figure.get(), where, problems);
      return new Cell(stated.value(), note, stated.printed());
    }
    BigDecimal value = map.get().decimal("value", false);
    return new Cell(value, note);
  }
}
