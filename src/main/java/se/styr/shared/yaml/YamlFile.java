package se.styr.shared.yaml;

import se.styr.plan.file.PlanFileReader;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a small YAML file of Styr's own (a document layout) with the plan file's safeguards: a size
 * limit, no anchors or aliases, and every problem reported at once with its line and column.
 */
public final class YamlFile {
  private YamlFile() {}

  /** The text of a file, which must be UTF-8; anything else is a problem of the file at line 1. */
  public static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new BadFileException(List.of(new FileProblem(file.toString(), 1, 1, "the file is not UTF-8 text")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code text} (named {@code file} in messages), a mapping read by {@code reading}; throws a
   * {@link BadFileException} listing every problem, including those {@code reading} reported.
   */
  public static <T> T read(String file, String text, String what, Function<YamlMap, T> reading) {
    YamlProblems problems = new YamlProblems(file);
    Node root = PlanFileReader.compose(file, new StringReader(text), problems);
    if (root == null) {
      throw new BadFileException(problems.any() ? problems.all() : List.of(new FileProblem(file, 1, 1, "the file is empty")));
    }
    T result = YamlMap.of(root, what, problems).map(reading).orElse(null);
    if (problems.any() || result == null) {
      throw new BadFileException(problems.all());
    }
    return result;
  }
}
