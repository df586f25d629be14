package se.styr.shared;

import java.util.List;
import java.util.stream.Collectors;

/** A change that would break the plan's rules; nothing of it was stored. */
public class RuleViolation extends StyrException {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleProblem> problems;

  public RuleViolation(List<RuleProblem> problems) {
    super(ErrorCode.RULE_VIOLATION, problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
