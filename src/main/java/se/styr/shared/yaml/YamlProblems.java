package se.styr.shared.yaml;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.Text;
import se.styr.shared.file.FileProblems;

/** The problems of one YAML file, each placed at the node it is about. */
public final class YamlProblems extends FileProblems {
  public YamlProblems(String file) {
    super(file);
  }

  public void add(Node node, Text text) {
    add(line(node), column(node), text);
  }

  public static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
  }

  public static int column(Node node) {
    return node.getStartMark().map(Mark::getColumn).orElse(-1) + 1;
  }
}
