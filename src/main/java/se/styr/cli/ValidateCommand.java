package se.styr.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.styr.checks.Finding;
import se.styr.checks.FindingKind;
import se.styr.checks.GoalFinding;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * {@code validate FILE...}: prints every finding of every file as one JSON line on standard output.
 * Goal-chain faults follow the table findings in the same fields (table: what they concern, row:
 * its name, column: the field). Exit status 1 if any MISMATCH was found, 2 if a file could not be
 * read (its problems go to standard error, one per line as file:line:column: message), 0 otherwise.
 */
final class ValidateCommand {
  private ValidateCommand() {}

  static int run(List<String> files, PrintStream out, PrintStream err) {
    if (files.isEmpty()) {
      err.println("usage: styr validate FILE...");
      return 2;
    }
    boolean mismatch = false;
    boolean unreadable = false;
    for (String file : files) {
      Path path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        err.println(file + ": no such file");
        unreadable = true;
        continue;
      }
      try {
        PlanDocument plan = PlanFileReader.read(path);
        for (Finding finding : plan.findings(file)) {
          out.println(FindingLines.line(file, finding));
          mismatch |= finding.kind() == FindingKind.MISMATCH;
        }
        for (GoalFinding finding : plan.goalFindings(file)) {
          out.println(FindingLines.line(file, finding));
        }
      } catch (BadFileException e) {
        unreadable = true;
        for (FileProblem problem : e.problems()) {
          err.println(problem);
        }
      } catch (UncheckedIOException e) {
        unreadable = true;
        err.println(file + ": cannot be read: " + e.getCause().getMessage());
      }
    }
    out.flush();
    return unreadable ? 2 : mismatch ? 1 : 0;
  }
}
