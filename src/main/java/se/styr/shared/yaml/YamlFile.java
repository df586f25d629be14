package se.styr.shared.yaml;

import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.LimitedReader;

/**
 * Reads a YAML file of Styr's own (a plan file, a layout) with the same safeguards: at most ten
 * million characters (comments included), collections nested at most {@value #DEEPEST} deep
 * (checked while parsing, before the tree is built), no anchors or aliases, and every problem
 * reported at once with its line and column.
 */
public final class YamlFile {
  /**
   * Styr's files are documents, not data dumps; ten million characters is far beyond the largest
   * plan.
   */
  public static final int MOST_CHARACTERS = 10_000_000;

  private static final int DEEPEST = 64;

  private YamlFile() {}

  /**
   * Reads {@code text} (named {@code file} in messages), a mapping called {@code what} read by
   * {@code reading}; throws a {@link BadFileException} listing every problem, including those
   * {@code reading} reported.
   */
  public static <T> T read(
      String file, String text, Text what, BiFunction<YamlMap, YamlReading, T> reading) {
    return read(file, new StringReader(text), what, reading);
  }

  public static <T> T read(
      String file, Reader text, Text what, BiFunction<YamlMap, YamlReading, T> reading) {
    YamlReading context = new YamlReading(new YamlProblems(file));
    YamlProblems problems = context.problems();
    Node root = compose(file, text, problems);
    if (root == null) {
      if (!problems.any()) {
        problems.add(1, 1, Text.of("file.empty"));
      }
      problems.throwIfAny();
    }
    T result =
        YamlMap.of(root, what, problems).map(map -> reading.apply(map, context)).orElse(null);
    problems.throwIfAny();
    if (result == null) {
      throw BadFileException.of(file, Text.of("file.unreadable", what));
    }
    return result;
  }

  /**
   * The node tree of {@code text} (named {@code file} in messages) with the same safeguards as
   * {@link #read}, for code that changes a document as a tree; null for an empty text. Throws a
   * {@link BadFileException} naming line and column if it is not valid YAML.
   */
  public static Node tree(String file, String text) {
    YamlProblems problems = new YamlProblems(file);
    Node root = compose(file, new StringReader(text), problems);
    problems.throwIfAny();
    return root;
  }

  /** The document's root node, or null (with a problem) if it is not valid YAML or uses anchors. */
  static Node compose(String file, Reader reader, YamlProblems problems) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setUseMarks(true)
            .setCodePointLimit(MOST_CHARACTERS)
            .setMaxAliasesForCollections(50)
            .build();
    try {
      Parser parser =
          new ShallowParser(
              new ParserImpl(
                  settings, new StreamReader(settings, new LimitedReader(reader, MOST_CHARACTERS))),
              DEEPEST);
      Optional<Node> node = new Composer(settings, parser).getSingleNode();
      if (node.isPresent() && hasAnchors(node.get(), 0)) {
        problems.add(node.get(), Text.of("file.anchors"));
        return null;
      }
      return node.orElse(null);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? 1 : mark.getLine() + 1;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      problems.add(
          line,
          column,
          Text.of(
              "file.notYaml",
              e.getProblem() + (e.getContext() == null ? "" : " " + e.getContext())));
      return null;
    } catch (ShallowParser.TooDeep e) {
      problems.add(e.line(), e.column(), Text.of("file.tooDeep", DEEPEST));
      return null;
    } catch (YamlEngineException e) {
      if (e.getCause() instanceof LimitedReader.TooLong tooLong) {
        problems.add(1, 1, Text.of("file.tooLong", tooLong.most()));
      } else {
        problems.add(1, 1, Text.of("file.notYaml", e.getMessage()));
      }
      return null;
    }
  }

  /** Aliases would let a small file expand into a huge one; Styr's files have no use for them. */
  private static boolean hasAnchors(Node node, int depth) {
    if (node.getAnchor().isPresent() || depth > DEEPEST) {
      return true;
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (hasAnchors(tuple.getKeyNode(), depth + 1)
            || hasAnchors(tuple.getValueNode(), depth + 1)) {
          return true;
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (hasAnchors(item, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
