package se.styr.goals.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.styr.goals.Assessment;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.Assessor;
import se.styr.goals.GoalChain;
import se.styr.goals.GoalPlan;
import se.styr.goals.ManualAssessment;
import se.styr.goals.RuleBand;
import se.styr.plan.PlanDocument;
import se.styr.shared.Text;

/**
 * Everything the goals tab of a plan version shows for one year, built from the plan alone: the
 * findings of the goal chain, the goal tree with every goal and indicator assessed (in one run of
 * the assessor), the assessment rules, the commitments and the reservations.
 */
record GoalsPage(
    int year,
    List<Integer> years,
    List<GoalFindingView> findings,
    GoalTreeView tree,
    List<RuleView> rules,
    CommitmentsView commitments,
    List<ReservationView> reservations) {

  /** A rule of the plan: its kind, precision, what falls between bands, and its bands described. */
  record RuleView(
      String key,
      String kind,
      Integer precision,
      String gaps,
      List<Text> bands,
      List<GoalFindingView> findings) {

    public String anchor() {
      return "rule-" + key;
    }
  }

  /** The first heading level below the tree's own h2. */
  static final int TREE_HEADING = 3;

  static GoalsPage of(PlanDocument plan, int year) {
    GoalPlan goalPlan = plan.goals();
    GoalChain chain = goalPlan.chain();
    Assessor.Report report = Assessor.assess(chain, plan.municipality().scbCode(), year);
    Assessor.Report computed =
        hasManual(chain, year)
            ? Assessor.assess(withoutManual(goalPlan, chain), plan.municipality().scbCode(), year)
            : null;
    List<GoalFindingView> findings =
        plan.goalFindings(plan.displayName()).stream()
            .map(f -> GoalFindingView.of(f, chain.settings()))
            .toList();
    Map<String, List<GoalFindingView>> bySubject = GoalFindingView.bySubject(findings);
    Set<String> indicatorKeys = new HashSet<>();
    goalPlan.indicators().forEach(i -> indicatorKeys.add(i.key()));
    Map<String, AssessmentView> goals =
        views(
            report.goals(),
            computed == null ? null : computed.goals(),
            false,
            chain,
            indicatorKeys,
            year);
    Map<String, AssessmentView> indicators =
        views(
            report.indicators(),
            computed == null ? null : computed.indicators(),
            true,
            chain,
            indicatorKeys,
            year);
    GoalTreeView.Annotations annotations =
        new GoalTreeView.Annotations(goals, indicators, bySubject, ReservationView.marks(goalPlan));
    List<RuleView> rules =
        chain.settings().rules().stream()
            .map(
                r ->
                    new RuleView(
                        r.key(),
                        r.kind().name(),
                        r.kind().banded() ? r.effectivePrecision() : null,
                        r.kind().banded() ? r.gaps().name() : null,
                        r.bands().stream().map(RuleBand::text).toList(),
                        bySubject.getOrDefault("rule:" + r.key(), List.of())))
            .toList();
    return new GoalsPage(
        year,
        plan.header().period().allYears(),
        findings,
        GoalTreeView.of(goalPlan, annotations, TREE_HEADING),
        rules,
        CommitmentsView.of(plan, plan.areas(), bySubject),
        ReservationView.of(goalPlan, GoalTreeView.levelNames(goalPlan.goalLevels())));
  }

  /**
   * The year asked for if it is one of the plan's, the budget year if none was asked for, else
   * empty.
   */
  static Optional<Integer> year(PlanDocument plan, Integer asked) {
    if (asked == null) {
      return Optional.of(plan.header().period().budgetYear());
    }
    return plan.header().period().contains(asked) ? Optional.of(asked) : Optional.empty();
  }

  private static Map<String, AssessmentView> views(
      List<Assessment> assessments,
      List<Assessment> computed,
      boolean ofIndicators,
      GoalChain chain,
      Set<String> indicatorKeys,
      int year) {
    Map<String, Assessment> withoutPeople = new HashMap<>();
    if (computed != null) {
      computed.forEach(a -> withoutPeople.put(a.subject(), a));
    }
    Map<String, AssessmentView> views = new HashMap<>(assessments.size() * 2);
    for (Assessment assessment : assessments) {
      ManualAssessment manual =
          computed == null ? null : chain.manual(assessment.subject(), year).orElse(null);
      views.put(
          assessment.subject(),
          AssessmentView.of(
              assessment,
              ofIndicators,
              chain,
              indicatorKeys,
              manual,
              withoutPeople.get(assessment.subject())));
    }
    return views;
  }

  /**
   * Whether a person assessed anything this year. Only then is the chain assessed a second time,
   * without them, to show what the rules computed beside what the person decided.
   */
  private static boolean hasManual(GoalChain chain, int year) {
    return chain.settings().manual().stream().anyMatch(m -> m.year() == year);
  }

  private static GoalChain withoutManual(GoalPlan goalPlan, GoalChain chain) {
    AssessmentSettings settings = chain.settings();
    return new GoalChain(
        goalPlan.goalLevels(),
        goalPlan.goals(),
        goalPlan.indicators(),
        goalPlan.activities(),
        new AssessmentSettings(settings.indicatorRule(), settings.rules(), List.of()),
        goalPlan.comparisons());
  }

  /** Whether the plan has any goal chain, commitments or reservations to show. */
  public boolean isEmpty() {
    return tree.isEmpty() && rules.isEmpty() && commitments.isEmpty() && reservations.isEmpty();
  }
}
