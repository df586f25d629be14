package se.styr.budget;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One figure changed in a draft, exactly enough to undo it: the table, row and column by key and
 * the cell before and after (value, note and printed form). Kept with the change's audit entry as
 * JSON ({@code {"figure": {"table": ..., "row": ..., "column": ...}, "before": {...}, "after":
 * {...}}}).
 */
public record FigureChange(String table, String row, String column, Cell before, Cell after) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The change as its audit entry keeps it. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode figure = root.putObject("figure");
    figure.put("table", table);
    figure.put("row", row);
    figure.put("column", column);
    root.set("before", cell(before));
    root.set("after", cell(after));
    return root.toString();
  }

  private static ObjectNode cell(Cell cell) {
    ObjectNode node = JSON.createObjectNode();
    node.put("value", cell.value() == null ? null : cell.value().toPlainString());
    node.put("note", cell.note());
    node.put("printed", cell.printed());
    return node;
  }

  /** The figure change an audit entry's target describes, if it describes one. */
  public static java.util.Optional<FigureChange> of(String target) {
    if (target == null || target.isBlank()) {
      return java.util.Optional.empty();
    }
    JsonNode root;
    try {
      root = JSON.readTree(target);
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
    JsonNode figure = root.path("figure");
    if (!figure.isObject()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new FigureChange(
            figure.path("table").asString(),
            figure.path("row").asString(),
            figure.path("column").asString(),
            cell(root.path("before")),
            cell(root.path("after"))));
  }

  private static Cell cell(JsonNode node) {
    String value = text(node.path("value"));
    return new Cell(
        value == null ? null : new BigDecimal(value),
        text(node.path("note")),
        text(node.path("printed")));
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }
}
