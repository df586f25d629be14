package se.styr.imports.scb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * SCB's answers other than data read into Styr's records: the API's configuration ({@code
 * /config}), a table's metadata ({@code /tables/{id}/metadata}, itself a json-stat2 dataset without
 * values, whose dimensions' {@code extension} says which may be eliminated), and a page of a table
 * listing or search ({@code /tables}, with {@code page} and its {@code links}). An answer that is
 * not what SCB sends is refused naming the field.
 */
public final class ScbAnswers {
  private ScbAnswers() {}

  /** The API's configuration. */
  public static ScbConfig config(String answer) {
    JsonNode root = JsonStat2.root(answer);
    int cells = whole(root, "maxDataCells", true);
    if (cells < 1) {
      throw JsonStat2.field("maxDataCells");
    }
    int calls = whole(root, "maxCallsPerTimeWindow", false);
    int window = whole(root, "timeWindow", false);
    if (calls < 0 || window < 0) {
      throw JsonStat2.field(calls < 0 ? "maxCallsPerTimeWindow" : "timeWindow");
    }
    return new ScbConfig(
        JsonStat2.text(root, "apiVersion", ""),
        JsonStat2.text(root, "defaultLanguage", ""),
        cells,
        calls,
        Duration.ofSeconds(window));
  }

  /** A table's metadata: its variables, their codes and labels, time, contents and elimination. */
  public static ScbTable metadata(String answer) {
    JsonNode root = JsonStat2.root(answer);
    List<ScbDimension> dimensions = JsonStat2.dimensions(root);
    JsonNode role = root.get("role");
    List<ScbVariable> variables = new ArrayList<>();
    for (ScbDimension dimension : dimensions) {
      JsonNode extension = root.get("dimension").get(dimension.id()).get("extension");
      boolean elimination = false;
      String eliminationValue = null;
      if (extension != null && extension.isObject()) {
        JsonNode eliminates = extension.get("elimination");
        if (eliminates != null && !eliminates.isNull() && !eliminates.isBoolean()) {
          throw JsonStat2.field("dimension." + dimension.id() + ".extension.elimination");
        }
        elimination = eliminates != null && eliminates.asBoolean();
        eliminationValue =
            JsonStat2.text(
                extension, "eliminationValueCode", "dimension." + dimension.id() + ".extension");
      }
      variables.add(
          new ScbVariable(
              dimension.id(),
              dimension.label(),
              dimension.codes(),
              dimension.labels(),
              named(role, "time", dimension.id()),
              named(role, "metric", dimension.id()),
              elimination,
              eliminationValue));
    }
    return new ScbTable(
        tableId(root),
        JsonStat2.text(root, "label", ""),
        JsonStat2.text(root, "updated", ""),
        variables);
  }

  /** A page of a table listing or search. */
  public static ScbTablePage tables(String answer) {
    JsonNode root = JsonStat2.root(answer);
    JsonNode tables = root.get("tables");
    if (tables == null || !tables.isArray()) {
      throw JsonStat2.field("tables");
    }
    List<ScbTableInfo> infos = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      infos.add(table(tables.get(i), "tables[" + i + "]"));
    }
    JsonNode page = root.get("page");
    if (page == null || !page.isObject()) {
      throw JsonStat2.field("page");
    }
    return new ScbTablePage(
        infos,
        whole(page, "pageNumber", true),
        whole(page, "pageSize", true),
        whole(page, "totalElements", true),
        whole(page, "totalPages", true),
        link(page.get("links"), "next"));
  }

  private static ScbTableInfo table(JsonNode table, String where) {
    if (table == null || !table.isObject()) {
      throw JsonStat2.field(where);
    }
    String id = JsonStat2.text(table, "id", where);
    if (id == null || id.isBlank()) {
      throw JsonStat2.field(where + ".id");
    }
    List<String> variables = new ArrayList<>();
    JsonNode names = table.get("variableNames");
    for (int i = 0; names != null && names.isArray() && i < names.size(); i++) {
      if (!names.get(i).isString()) {
        throw JsonStat2.field(where + ".variableNames[" + i + "]");
      }
      variables.add(names.get(i).asString());
    }
    return new ScbTableInfo(
        id,
        JsonStat2.text(table, "label", where),
        JsonStat2.text(table, "updated", where),
        JsonStat2.text(table, "firstPeriod", where),
        JsonStat2.text(table, "lastPeriod", where),
        JsonStat2.text(table, "timeUnit", where),
        JsonStat2.text(table, "subjectCode", where),
        statistics(table.get("paths")),
        variables);
  }

  /** The last step of the table's first path: the statistics it belongs to (BE0101A). */
  private static String statistics(JsonNode paths) {
    if (paths == null || !paths.isArray() || paths.isEmpty() || !paths.get(0).isArray()) {
      return null;
    }
    JsonNode path = paths.get(0);
    JsonNode last = path.isEmpty() ? null : path.get(path.size() - 1);
    return last != null && last.isObject() && last.has("id") && last.get("id").isString()
        ? last.get("id").asString()
        : null;
  }

  private static String link(JsonNode links, String rel) {
    for (int i = 0; links != null && links.isArray() && i < links.size(); i++) {
      JsonNode link = links.get(i);
      if (link.isObject()
          && rel.equals(JsonStat2.text(link, "rel", "links"))
          && link.has("href")
          && link.get("href").isString()) {
        return link.get("href").asString();
      }
    }
    return null;
  }

  private static boolean named(JsonNode role, String kind, String id) {
    JsonNode ids = role == null || !role.isObject() ? null : role.get(kind);
    for (int i = 0; ids != null && ids.isArray() && i < ids.size(); i++) {
      if (ids.get(i).isString() && id.equals(ids.get(i).asString())) {
        return true;
      }
    }
    return false;
  }

  private static String tableId(JsonNode root) {
    JsonNode px = root.path("extension").path("px");
    JsonNode id = px.isObject() ? px.get("tableid") : null;
    return id != null && id.isString() ? id.asString() : null;
  }

  private static int whole(JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw JsonStat2.field(field);
      }
      return 0;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw JsonStat2.field(field);
    }
    return value.asInt();
  }
}
