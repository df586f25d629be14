package se.styr.plan.file;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file so that all of them are reported at once. */
final class Problems {
  /** Past this many problems the rest are most likely consequences; stop collecting. */
  private static final int MOST = 200;
  private final String file;
  private final List<PlanFileProblem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(Node node, String message) {
    add(line(node), column(node), message);
  }

  void add(int line, int column, String message) {
    if (list.size() < MOST) {
      list.add(new PlanFileProblem(file, line, column, message));
    }
  }

  int count() {
    return list.size();
  }

  boolean any() {
    return !list.isEmpty();
  }

  List<PlanFileProblem> all() {
    return list;
  }

  static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
  }

  static int column(Node node) {
    return node.getStartMark().map(Mark::getColumn).orElse(-1) + 1;
  }
}
