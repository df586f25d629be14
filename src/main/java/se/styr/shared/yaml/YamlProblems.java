package se.styr.shared.yaml;

import se.styr.shared.file.FileProblem;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file so that all of them are reported at once. */
public final class YamlProblems {
  /** Past this many problems the rest are most likely consequences; stop collecting. */
  private static final int MOST = 200;
  private final String file;
  private final List<FileProblem> list = new ArrayList<>();

  public YamlProblems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  public void add(Node node, String message) {
    add(line(node), column(node), message);
  }

  public void add(int line, int column, String message) {
    if (list.size() < MOST) {
      list.add(new FileProblem(file, line, column, message));
    }
  }

  int count() {
    return list.size();
  }

  public boolean any() {
    return !list.isEmpty();
  }

  public List<FileProblem> all() {
    return list;
  }

  public static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
  }

  static int column(Node node) {
    return node.getStartMark().map(Mark::getColumn).orElse(-1) + 1;
  }
}
