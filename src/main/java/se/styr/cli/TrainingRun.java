package se.styr.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A training run for the launcher (bin/styr): runs the short commands on the plan files given, in
 * one process, so that a class-data-sharing archive made at its exit holds every class those
 * commands load (goal chains, reservations, internal control, every table kind and output format),
 * not only those one plan needs. Not a command of styr.jar; its output is dropped.
 */
public final class TrainingRun {
  private TrainingRun() {}

  public static void main(String[] files) throws IOException {
    Path out = Files.createTempDirectory("styr-training");
    PrintStream quiet =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    try {
      for (String file : files) {
        ValidateCommand.run(List.of(file), quiet, quiet);
        AssessCommand.run(List.of(file), quiet, quiet);
        for (String format : List.of("pdf", "docx", "html")) {
          PrintCommand.run(
              List.of(
                  file, "--format", format, "--out", out.resolve("training-" + format).toString()),
              quiet,
              quiet);
        }
      }
    } finally {
      try (var left = Files.list(out)) {
        for (Path path : left.toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Files.deleteIfExists(out);
    }
  }
}
