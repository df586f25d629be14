package se.styr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.styr.budget.SavingsMeasures;
import se.styr.followup.ControlRisk;
import se.styr.followup.InternalControlPlan;
import se.styr.goals.AssessmentRule;
import se.styr.goals.Goal;
import se.styr.goals.GoalChain;
import se.styr.goals.Indicator;
import se.styr.goals.RuleKind;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;
import se.styr.shared.SwedishNumbers;

/**
 * The checker's look at what steers the year: targets for years outside the plan, indicators
 * without a target, relative targets without comparison data, banded rules with gaps or overlaps,
 * goals that inherit from other than one subgoal, risk values that are not likelihood ×
 * consequence, and savings measures that do not add up to their total.
 */
public final class GoalChecks {
  private GoalChecks() {}

  public static List<GoalFinding> check(
      GoalChain chain,
      InternalControlPlan control,
      SavingsMeasures savings,
      Set<Integer> planYears,
      String plan) {
    List<GoalFinding> findings = new ArrayList<>();
    for (Indicator indicator : chain.indicators()) {
      indicator(chain, indicator, planYears, plan, findings);
    }
    for (AssessmentRule rule : chain.settings().rules()) {
      for (AssessmentRule.BandJoin join : rule.joins()) {
        findings.add(band(rule, join, plan));
      }
    }
    for (Goal goal : chain.goals()) {
      chain
          .ruleFor(goal)
          .filter(r -> r.kind() == RuleKind.INHERIT)
          .ifPresent(
              rule -> {
                int subgoals = chain.subgoals(goal.key()).size();
                if (subgoals != 1) {
                  findings.add(
                      new GoalFinding(
                          plan,
                          "goal",
                          goal.key(),
                          goal.label(),
                          "rule",
                          Integer.toString(subgoals),
                          "1",
                          GoalFindingKind.SUBGOALS,
                          "rule '"
                              + rule.key()
                              + "' takes the assessment of exactly one subgoal; the goal has "
                              + subgoals
                              + (goal.withoutSubgoal() != null
                                  ? " by decision, so it needs a manual assessment"
                                  : "")));
                }
              });
    }
    for (ControlRisk risk : control.risks()) {
      Integer computed = risk.computedRiskValue();
      if (computed != null && risk.riskValue() != null && !computed.equals(risk.riskValue())) {
        findings.add(
            new GoalFinding(
                plan,
                "risk",
                risk.key(),
                risk.risk() != null ? risk.risk() : risk.area(),
                "riskValue",
                risk.riskValue().toString(),
                computed.toString(),
                GoalFindingKind.RISK_VALUE,
                "likelihood "
                    + risk.likelihood()
                    + " × consequence "
                    + risk.consequence()
                    + " = "
                    + computed
                    + ", the plan states "
                    + risk.riskValue()));
      }
    }
    if (savings.total() != null) {
      savings
          .sum()
          .filter(sum -> sum.compareTo(savings.total()) != 0)
          .ifPresent(
              sum ->
                  findings.add(
                      new GoalFinding(
                          plan,
                          "savings",
                          "savingsMeasures",
                          "Åtgärder",
                          "total",
                          SwedishNumbers.format(savings.total()),
                          SwedishNumbers.format(sum),
                          GoalFindingKind.SAVINGS_TOTAL,
                          "the "
                              + savings.measures().size()
                              + " measures add up to "
                              + SwedishNumbers.format(sum)
                              + " "
                              + savings.unit()
                              + ", the plan states "
                              + SwedishNumbers.format(savings.total()))));
    }
    return findings;
  }

  private static void indicator(
      GoalChain chain,
      Indicator indicator,
      Set<Integer> planYears,
      String plan,
      List<GoalFinding> findings) {
    if (indicator.targets().isEmpty()) {
      findings.add(
          new GoalFinding(
              plan,
              "indicator",
              indicator.key(),
              indicator.name(),
              "targets",
              null,
              null,
              GoalFindingKind.NO_TARGET,
              "the indicator has no target, so its fulfilment cannot be judged against one"));
    }
    Set<Integer> outside = new TreeSet<>();
    for (TargetSpec spec : indicator.targets()) {
      spec.years().stream().filter(y -> !planYears.contains(y)).forEach(outside::add);
      if (spec.target() == null) {
        continue;
      }
      for (Target part : spec.target().parts()) {
        if (part instanceof Target.Relative relative) {
          String kpi = indicator.source() == null ? null : indicator.source().kpi();
          for (int year : spec.years()) {
            if (chain.comparison(kpi, year).isEmpty()) {
              findings.add(
                  new GoalFinding(
                      plan,
                      "indicator",
                      indicator.key(),
                      indicator.name(),
                      "targets " + year,
                      relative.text(),
                      null,
                      GoalFindingKind.NO_COMPARISON_DATA,
                      kpi == null
                          ? "a target relative to other municipalities needs the indicator's Kolada"
                              + " KPI (source.kpi) and their values"
                          : "no values of other municipalities for "
                              + kpi
                              + " "
                              + year
                              + " are stored to rank against"));
            }
          }
        }
      }
    }
    for (int year : outside) {
      findings.add(
          new GoalFinding(
              plan,
              "indicator",
              indicator.key(),
              indicator.name(),
              "targets",
              Integer.toString(year),
              planYears.toString(),
              GoalFindingKind.TARGET_YEAR,
              "a target for " + year + ", which is not one of the plan's years"));
    }
  }

  private static GoalFinding band(AssessmentRule rule, AssessmentRule.BandJoin join, String plan) {
    if (!join.isGap()) {
      return new GoalFinding(
          plan,
          "rule",
          rule.key(),
          rule.kind().fileName(),
          "bands",
          join.lower().describe(),
          join.upper().describe(),
          GoalFindingKind.BAND_OVERLAP,
          "bands "
              + join.lower().describe()
              + " and "
              + join.upper().describe()
              + " both claim values from "
              + SwedishNumbers.format(join.upper().from()));
    }
    BigDecimal first = join.lower().to().add(rule.step());
    BigDecimal last = join.upper().from().subtract(rule.step());
    String range =
        first.compareTo(last) == 0
            ? SwedishNumbers.format(first)
            : SwedishNumbers.format(first) + "–" + SwedishNumbers.format(last);
    String handled =
        switch (rule.gaps()) {
          case LOWER -> "they count to the band below";
          case UPPER -> "they count to the band above";
          case UNASSESSED -> "they are not assessed";
        };
    return new GoalFinding(
        plan,
        "rule",
        rule.key(),
        rule.kind().fileName(),
        "bands",
        join.lower().describe(),
        join.upper().describe(),
        GoalFindingKind.BAND_GAP,
        "at "
            + rule.effectivePrecision()
            + " decimals, values "
            + range
            + " fall between "
            + join.lower().describe()
            + " and "
            + join.upper().describe()
            + "; "
            + handled);
  }
}
