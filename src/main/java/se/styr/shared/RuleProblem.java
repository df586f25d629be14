package se.styr.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A broken rule of a plan, located by table, row, column and field (any of them may be null for a
 * problem of the plan as a whole), and what is wrong as a keyed text. The plan file reader turns
 * the location into a line number; the API returns it as it is, with the English {@link
 * #message()}.
 */
public record RuleProblem(String table, String row, String column, String field, Text text) {
  public static RuleProblem ofTable(String table, String field, Text text) {
    return new RuleProblem(table, null, null, field, text);
  }

  /** A field at {@code path} naming an area the plan does not have, if {@code area} is one. */
  public static Optional<RuleProblem> unknownArea(
      String area, Set<String> areaKeys, String path, Text where) {
    return area == null || areaKeys.contains(area)
        ? Optional.empty()
        : Optional.of(
            new RuleProblem(null, null, null, path, Text.of("rule.unknownArea", where, area)));
  }

  /** What is wrong, in English (without the location). */
  public String message() {
    return text.english();
  }

  /** "table 'x', row 'y', column 'z'": where, for a message; empty for the plan as a whole. */
  public Optional<Text> where() {
    List<Text> parts = new ArrayList<>();
    if (table != null) {
      parts.add(Text.of("rule.where.table", table));
    }
    if (row != null) {
      parts.add(Text.of("rule.where.row", row));
    }
    if (column != null) {
      parts.add(Text.of("rule.where.column", column));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(Text.join(", ", parts));
  }

  /** Where and what: "table 'x', row 'y': what is wrong". */
  public Text located() {
    return where().map(w -> Text.of("rule.located", w, text)).orElse(text);
  }

  /** The problem as the API shows it: location, field and the English message. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("table", table);
    json.put("row", row);
    json.put("column", column);
    json.put("field", field);
    json.put("message", message());
    return json;
  }

  @Override
  public String toString() {
    return located().english();
  }
}
