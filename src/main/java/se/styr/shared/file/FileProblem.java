package se.styr.shared.file;

import java.util.Objects;

/**
 * One thing wrong with a file Styr reads (a plan file, a layout, a ledger or a spreadsheet): which
 * file, where in it (1-based line and column) and what is wrong.
 */
public record FileProblem(String file, int line, int column, String message) {
  public FileProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
