package se.styr.shared.file;

/** One thing wrong with a plan file, where it is (1-based line and column) and what it is. */
public record FileProblem(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
