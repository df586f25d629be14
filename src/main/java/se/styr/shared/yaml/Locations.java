package se.styr.shared.yaml;

import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.RuleProblem;

/**
 * Where in the file each table, column, row and field was written, to put a line on a rule problem.
 */
public final class Locations {
  private final Map<String, Node> nodes = new HashMap<>();

  public void table(String table, Node node) {
    put("t/" + table, node);
  }

  public void table(String table, String field, Node node) {
    put("t/" + table + "/" + field, node);
  }

  public void column(String table, String column, String field, Node node) {
    put("t/" + table + "/c/" + column + (field == null ? "" : "/" + field), node);
  }

  public void row(String table, String row, String field, Node node) {
    put("t/" + table + "/r/" + row + (field == null ? "" : "/" + field), node);
  }

  public void field(String path, Node node) {
    put(path, node);
  }

  private void put(String path, Node node) {
    if (path != null && node != null) {
      nodes.putIfAbsent(path, node);
    }
  }

  /** The most specific node known for the problem's location, or null. */
  public Node of(RuleProblem problem) {
    String table = "t/" + problem.table();
    String field = problem.field();
    if (problem.table() == null) {
      // the field, else the nearest enclosing item it was written in ("economy/ledning/comment"
      // at "economy/ledning")
      for (String path = field; path != null; ) {
        Node node = nodes.get(path);
        if (node != null) {
          return node;
        }
        int slash = path.lastIndexOf('/');
        path = slash < 0 ? null : path.substring(0, slash);
      }
      return null;
    }
    String[] candidates = {
      problem.row() != null && field != null ? table + "/r/" + problem.row() + "/" + field : null,
      problem.row() != null ? table + "/r/" + problem.row() : null,
      problem.column() != null && field != null
          ? table + "/c/" + problem.column() + "/" + field
          : null,
      problem.column() != null ? table + "/c/" + problem.column() : null,
      field != null ? table + "/" + field : null,
      table,
      table + "/reference"
    };
    for (String candidate : candidates) {
      if (candidate != null && nodes.containsKey(candidate)) {
        return nodes.get(candidate);
      }
    }
    return null;
  }
}
