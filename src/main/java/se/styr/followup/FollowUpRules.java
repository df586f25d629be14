package se.styr.followup;

import java.util.List;
import java.util.Set;
import se.styr.shared.RuleProblem;
import se.styr.shared.yaml.Where;

/**
 * The rules of a plan's follow-up section: providers and operational measures name areas the plan
 * has. Problems are located by a path the plan file reader turns into a line.
 */
public final class FollowUpRules {
  private FollowUpRules() {}

  /**
   * Every rule problem of the follow-up section, for a plan with the given areas, added to {@code
   * problems}.
   */
  public static void check(FollowUpPlan plan, Set<String> areaKeys, List<RuleProblem> problems) {
    plan.providers()
        .forEach(
            p ->
                RuleProblem.unknownArea(
                        p.area(),
                        areaKeys,
                        "providers/" + p.key() + "/area",
                        Where.item(FollowUpWords.PROVIDER, p.key()))
                    .ifPresent(problems::add));
    plan.measures()
        .forEach(
            m ->
                RuleProblem.unknownArea(
                        m.area(),
                        areaKeys,
                        "measures/" + m.key() + "/area",
                        Where.item(FollowUpWords.MEASURE, m.key()))
                    .ifPresent(problems::add));
  }
}
