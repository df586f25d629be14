package se.styr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import se.styr.documents.DocumentFormat;
import se.styr.documents.PlanDocuments;
import se.styr.documents.model.DocumentLayout;
import se.styr.documents.model.LayoutFile;
import se.styr.documents.model.PlanPrinter;
import se.styr.plan.PlanDocument;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * {@code print PLAN_FILE --format pdf|docx|html --out FILE [--layout LAYOUT_FILE] [--year YYYY]}:
 * prints a plan file as a document, arranged by its municipality's layout (the one Styr ships for
 * it, or the layout file given). The document is written whole or not at all: it goes to a
 * temporary file beside FILE first and replaces FILE only when complete. Exit status 2 on wrong
 * arguments or an unreadable plan or layout file (each problem on stderr with file:line:column).
 */
final class PrintCommand {
  static final String USAGE =
      "usage: styr print PLAN_FILE --format pdf|docx|html --out FILE [--layout LAYOUT_FILE] [--year"
          + " YYYY]";

  private PrintCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    String file = null;
    String formatWord = null;
    String target = null;
    String layoutFile = null;
    Integer year = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      boolean hasValue = i + 1 < args.size();
      if (arg.equals("--format") && hasValue) {
        formatWord = args.get(++i);
      } else if (arg.equals("--out") && hasValue) {
        target = args.get(++i);
      } else if (arg.equals("--layout") && hasValue) {
        layoutFile = args.get(++i);
      } else if (arg.equals("--year") && hasValue && args.get(i + 1).matches("\\d{4}")) {
        year = Integer.valueOf(args.get(++i));
      } else if (file == null && !arg.startsWith("--")) {
        file = arg;
      } else {
        err.println(USAGE);
        return 2;
      }
    }
    Optional<DocumentFormat> format = DocumentFormat.parse(formatWord);
    if (file == null || target == null || format.isEmpty()) {
      if (formatWord != null && format.isEmpty()) {
        err.println("unknown format '" + formatWord + "': use pdf, docx or html");
      }
      err.println(USAGE);
      return 2;
    }
    Optional<PlanDocument> plan = PlanFileArgument.read(file, err);
    if (plan.isEmpty()) {
      return 2;
    }
    DocumentLayout layout;
    try {
      layout =
          layoutFile == null
              ? LayoutFile.forMunicipality(plan.get().municipality().scbCode(), null)
              : LayoutFile.read(Path.of(layoutFile));
    } catch (BadFileException e) {
      e.problems().stream().map(FileProblem::toString).forEach(err::println);
      return 2;
    } catch (java.io.UncheckedIOException e) {
      err.println(layoutFile + ": cannot be read: " + e.getCause().getMessage());
      return 2;
    }
    int assessed = year == null ? plan.get().header().period().budgetYear() : year;
    byte[] document =
        PlanDocuments.render(PlanPrinter.print(plan.get(), layout, assessed), format.get());
    try {
      write(Path.of(target), document);
    } catch (IOException e) {
      err.println(target + ": cannot be written: " + e.getMessage());
      return 2;
    }
    out.println(
        target
            + ": "
            + plan.get().displayName()
            + ", "
            + format.get().extension()
            + ", "
            + document.length
            + " bytes");
    return 0;
  }

  /**
   * Writes beside the target and moves into place, so that a failure never leaves half a document.
   */
  private static void write(Path target, byte[] bytes) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
    try {
      Files.write(partial, bytes);
      try {
        Files.move(
            partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
