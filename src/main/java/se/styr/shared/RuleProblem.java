package se.styr.shared;

import java.util.Optional;
import java.util.Set;

/**
 * A broken rule of a plan, located by table, row, column and field (any of them may be null for a
 * problem of the plan as a whole). The plan file reader turns the location into a line number; the
 * API returns it as it is.
 */
public record RuleProblem(String table, String row, String column, String field, String message) {
  public static RuleProblem ofTable(String table, String field, String message) {
    return new RuleProblem(table, null, null, field, message);
  }

  /** A field at {@code path} naming an area the plan does not have, if {@code area} is one. */
  public static Optional<RuleProblem> unknownArea(String area, Set<String> areaKeys, String path, String where) {
    return area == null || areaKeys.contains(area) ? Optional.empty()
        : Optional.of(new RuleProblem(null, null, null, path, where + ": unknown area '" + area + "' (not among the plan's areas)"));
  }

  /** "table 'x', row 'y', column 'z'": where, for a message. */
  public String where() {
    StringBuilder text = new StringBuilder();
    if (table != null) {
      text.append("table '").append(table).append("'");
    }
    if (row != null) {
      text.append(text.isEmpty() ? "" : ", ").append("row '").append(row).append("'");
    }
    if (column != null) {
      text.append(text.isEmpty() ? "" : ", ").append("column '").append(column).append("'");
    }
    return text.toString();
  }

  @Override
  public String toString() {
    String where = where();
    return where.isEmpty() ? message : where + ": " + message;
  }
}
