package se.styr.shared.yaml;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.InvalidValueException;
import se.styr.shared.RuleProblem;
import se.styr.shared.Text;

/**
 * One reading of one YAML file: its problems, and where each item and field stood so that a rule
 * broken later (by the whole plan's rules) is reported at its line too. Section readers of every
 * feature read through it.
 */
public final class YamlReading {
  private final YamlProblems problems;
  private final Locations locations = new Locations();

  public YamlReading(YamlProblems problems) {
    this.problems = problems;
  }

  public YamlProblems problems() {
    return problems;
  }

  public Locations locations() {
    return locations;
  }

  /**
   * Runs a constructor; its refusal becomes a problem at the item, after {@code where} (may be
   * null), and the result is null.
   */
  public <T> T build(Node node, Text where, Supplier<T> construct) {
    try {
      return construct.get();
    } catch (IllegalArgumentException e) {
      problems.add(node, Where.at(where, InvalidValueException.textOf(e)));
      return null;
    } catch (NullPointerException e) {
      problems.add(
          node, Where.at(where, Text.of("file.valueMissing", String.valueOf(e.getMessage()))));
      return null;
    }
  }

  /**
   * Runs a constructor and adds what it built to {@code list}; a refusal becomes a problem at the
   * item.
   */
  public <T> void add(List<T> list, Node node, Text where, Supplier<T> construct) {
    T built = build(node, where, construct);
    if (built != null) {
      list.add(built);
    }
  }

  /** Remembers where an item ({@code path}) and the given fields of it were written. */
  public void locate(String path, Node node, YamlMap map, String... fields) {
    locations.field(path, node);
    for (String field : fields) {
      map.field(field).ifPresent(n -> locations.field(path + "/" + field, n));
    }
  }

  /**
   * Notes that {@code key} was given at {@code node}; a key given before is a problem ("duplicate
   * table 'x' (first at line 12)"). A null key is ignored (its absence is reported elsewhere).
   */
  public void once(Map<String, Node> seen, String key, Node node, Text what) {
    if (key == null) {
      return;
    }
    Node first = seen.putIfAbsent(key, node);
    if (first != null) {
      problems.add(node, Text.of("file.duplicate", what, key, YamlProblems.line(first)));
    }
  }

  /**
   * Reports each rule problem at the line where its subject was written, or at {@code fallback}.
   */
  public void report(List<RuleProblem> ruleProblems, Node fallback) {
    for (RuleProblem problem : ruleProblems) {
      Node node = locations.of(problem);
      problems.add(node == null ? fallback : node, problem.located());
    }
  }
}
