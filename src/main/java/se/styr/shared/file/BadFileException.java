package se.styr.shared.file;

import java.util.List;
import java.util.stream.Collectors;

/** A plan file that cannot be read, with every problem found in it. */
public class BadFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<FileProblem> problems;

  public BadFileException(List<FileProblem> problems) {
    super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<FileProblem> problems() {
    return problems;
  }
}
