package se.styr.budget;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole table replaced in a draft (from a workbook, a paste, a change of its rows or columns),
 * exactly enough to undo it: the table before and after, each as the API writes tables. Kept with
 * the change's audit entry as JSON ({@code {"table": {"before": ..., "after": ...}}}).
 */
public record TableReplacement(BudgetTable before, BudgetTable after) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The replacement as its audit entry keeps it. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode table = root.putObject("table");
    table.set("before", JSON.valueToTree(TableJson.of(before, null)));
    table.set("after", JSON.valueToTree(TableJson.of(after, null)));
    // the table after as text, compared as text with the table when it is undone
    table.put("afterText", text(after));
    return root.toString();
  }

  /** Whether {@code current} is the table as this replacement left it. */
  public static boolean leftAs(String target, BudgetTable current) {
    try {
      return text(current).equals(JSON.readTree(target).path("table").path("afterText").asString());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String text(BudgetTable table) {
    return JSON.writeValueAsString(TableJson.of(table, null));
  }

  /** The replacement an audit entry's target describes, if it describes one. */
  public static Optional<TableReplacement> of(String target) {
    if (target == null || !target.startsWith("{\"table\"")) {
      return Optional.empty();
    }
    try {
      JsonNode table = JSON.readTree(target).path("table");
      TableJson before = JSON.treeToValue(table.path("before"), TableJson.class);
      TableJson after = JSON.treeToValue(table.path("after"), TableJson.class);
      return Optional.of(
          new TableReplacement(before.toTable(before.key()), after.toTable(after.key())));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
