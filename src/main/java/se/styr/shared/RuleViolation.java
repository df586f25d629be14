package se.styr.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A change that would break the plan's rules; nothing of it was stored. Lists every broken rule.
 */
public class RuleViolation extends StyrException {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleProblem> problems;

  public RuleViolation(List<RuleProblem> problems) {
    super(
        ErrorCode.RULE_VIOLATION,
        Text.join("; ", problems.stream().map(RuleProblem::located).toList()));
    this.problems = List.copyOf(problems);
  }

  /**
   * What {@code construct} builds from a request (a table, a decision, a committee); if the values
   * refuse to make one (a value object's constructor throws IllegalArgumentException), a rule
   * violation saying why.
   */
  public static <T> T whenBuilding(Supplier<T> construct) {
    try {
      return construct.get();
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(
          List.of(new RuleProblem(null, null, null, null, InvalidValueException.textOf(e))));
    }
  }

  public List<RuleProblem> problems() {
    return problems;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("problems", problems.stream().map(RuleProblem::json).toList());
  }
}
