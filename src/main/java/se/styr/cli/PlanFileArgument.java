package se.styr.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * The plan file a command is given: read, or every reason why not written to stderr
 * (file:line:column).
 */
final class PlanFileArgument {
  private PlanFileArgument() {}

  static Optional<PlanDocument> read(String file, PrintStream err) {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      err.println(file + ": no such file");
      return Optional.empty();
    }
    try {
      return Optional.of(PlanFileReader.read(path));
    } catch (BadFileException e) {
      e.problems().stream().map(FileProblem::toString).forEach(err::println);
      return Optional.empty();
    }
  }
}
