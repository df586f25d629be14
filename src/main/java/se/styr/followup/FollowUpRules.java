package se.styr.followup;

import java.util.List;
import java.util.Set;
import se.styr.shared.RuleProblem;
import se.styr.shared.Text;
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
    RiskMatrix matrix = plan.internalControl().matrix();
    for (ControlRisk risk : plan.internalControl().risks()) {
      String at = "internalControl/" + risk.key() + "/";
      Text where = Where.item(FollowUpWords.RISK, risk.key());
      onScale(risk.likelihood(), matrix.size(), at + "likelihood", where, "likelihood", problems);
      onScale(
          risk.consequence(), matrix.size(), at + "consequence", where, "consequence", problems);
      if (risk.riskValue() != null && risk.riskValue() > matrix.highestValue()) {
        problems.add(
            new RuleProblem(
                null,
                null,
                null,
                at + "riskValue",
                Text.of(
                    "followup.rule.riskValue",
                    where,
                    risk.riskValue(),
                    matrix.size(),
                    matrix.highestValue())));
      }
    }
    plan.providers()
        .forEach(
            p ->
                RuleProblem.unknownArea(
                        p.area(),
                        areaKeys,
                        "providers/" + p.key() + "/area",
                        Where.item(FollowUpWords.PROVIDER, p.key()))
                    .ifPresent(problems::add));
    ledgerAreas(plan.ledger(), areaKeys, problems);
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

  /** A ledger mapping's area rules name only the plan's areas ({@code areaKeys}). */
  public static void ledgerAreas(
      LedgerMapping mapping, Set<String> areaKeys, List<RuleProblem> problems) {
    mapping
        .areas()
        .forEach(
            rule ->
                RuleProblem.unknownArea(
                        rule.key(),
                        areaKeys,
                        "followUp/ledger/areas/" + rule.key(),
                        Where.item(FollowUpWords.LEDGER_RULE, rule.key()))
                    .ifPresent(problems::add));
  }

  private static void onScale(
      Integer value, int size, String path, Text where, String field, List<RuleProblem> problems) {
    if (value != null && value > size) {
      problems.add(
          new RuleProblem(
              null, null, null, path, Text.of("followup.rule.scale", where, field, value, size)));
    }
  }
}
