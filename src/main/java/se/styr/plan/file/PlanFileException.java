package se.styr.plan.file;

import java.util.List;
import java.util.stream.Collectors;

/** A plan file that cannot be read, with every problem found in it. */
public class PlanFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<PlanFileProblem> problems;

  public PlanFileException(List<PlanFileProblem> problems) {
    super(problems.stream().map(PlanFileProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<PlanFileProblem> problems() {
    return problems;
  }
}
