package se.styr.goals.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styr.budget.SavingsMeasures;
import se.styr.followup.ControlRisk;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.ActionPlan;
import se.styr.organisation.OperationalArea;
import se.styr.plan.PlanDocument;
import se.styr.shared.Status;
import se.styr.shared.SwedishNumbers;
import se.styr.texts.TextBlocks;

/**
 * What the committee has committed to beside its goals, as the goals page lists it: activities,
 * assignments, priority directions, action plans, focus areas with the committee's response,
 * savings measures, the internal control plan, private providers and operational measures. Statuses
 * are shown only where some item of a list has another status than planned (the plan files default
 * to planned).
 */
record CommitmentsView(
    List<ActivityView> activities,
    boolean activityStatus,
    List<AssignmentView> assignments,
    boolean assignmentStatus,
    List<DirectionView> directions,
    boolean directionStatus,
    List<ActionPlanView> actionPlans,
    List<FocusAreaView> focusAreas,
    boolean focusAreaStatus,
    SavingsView savings,
    ControlView control,
    List<ProviderView> providers,
    List<MeasureView> measures) {

  record Ref(String name, String anchor) {}

  record ActivityView(
      String title,
      TextBlocks description,
      Ref goal,
      Ref indicator,
      String responsible,
      String due,
      String status) {}

  record AssignmentView(
      String key,
      String title,
      String source,
      String reference,
      TextBlocks description,
      TextBlocks planningComment,
      String amount,
      String status) {}

  record DirectionView(String title, TextBlocks implementationPlan, String status) {}

  record ActionPlanView(String title, Ref goal, List<ItemView> items, boolean itemStatus) {}

  record ItemView(
      String activity,
      TextBlocks followUp,
      String responsible,
      TextBlocks effect,
      String due,
      String status) {}

  record FocusAreaView(String title, TextBlocks response, String status) {}

  record SavingsView(
      String unit,
      String total,
      String sum,
      List<SavingView> measures,
      boolean measureStatus,
      List<GoalFindingView> findings) {}

  record SavingView(String title, String area, String amount, String status) {}

  /**
   * Risk value as stated and as likelihood × consequence; {@code differs} when both exist and
   * disagree.
   */
  record RiskView(
      String anchor,
      String area,
      String risk,
      Integer likelihood,
      Integer consequence,
      Integer riskValue,
      Integer computedRiskValue,
      boolean differs,
      String method,
      String frequency,
      String responsible,
      List<String> reporting,
      String reportingPrinted,
      List<GoalFindingView> findings) {}

  record ControlView(String decided, List<RiskView> risks) {}

  record ProviderView(String operation, String provider, String area) {}

  record MeasureView(String name, String area, String unit) {}

  public boolean isEmpty() {
    return activities.isEmpty()
        && assignments.isEmpty()
        && directions.isEmpty()
        && actionPlans.isEmpty()
        && focusAreas.isEmpty()
        && savings == null
        && control == null
        && providers.isEmpty()
        && measures.isEmpty();
  }

  static CommitmentsView of(
      PlanDocument plan, List<OperationalArea> areas, Map<String, List<GoalFindingView>> findings) {
    Map<String, String> areaNames = new HashMap<>();
    areas.forEach(a -> areaNames.put(a.key(), a.name()));
    Map<String, Ref> refs = new HashMap<>();
    plan.goals().goals().forEach(g -> refs.put("g:" + g.key(), new Ref(g.label(), "g-" + g.key())));
    plan.goals()
        .indicators()
        .forEach(i -> refs.put("i:" + i.key(), new Ref(i.name(), "i-" + i.key())));
    List<ActivityView> activities =
        plan.goals().activities().stream()
            .map(
                a ->
                    new ActivityView(
                        a.title(),
                        TextBlocks.of(a.description()),
                        ref(refs, "g:", a.goal()),
                        ref(refs, "i:", a.indicator()),
                        a.responsible(),
                        a.due(),
                        a.status().name()))
            .toList();
    List<AssignmentView> assignments =
        plan.goals().assignments().stream()
            .map(
                a ->
                    new AssignmentView(
                        a.key(),
                        a.title(),
                        a.from().name(),
                        a.reference(),
                        TextBlocks.of(a.description()),
                        TextBlocks.of(a.planningComment()),
                        a.amount() == null
                            ? null
                            : SwedishNumbers.format(a.amount()) + " " + a.unit(),
                        a.status().name()))
            .toList();
    List<DirectionView> directions =
        plan.goals().priorityDirections().stream()
            .map(
                d ->
                    new DirectionView(
                        d.title().strip(),
                        TextBlocks.of(d.implementationPlan()),
                        d.status().name()))
            .toList();
    List<ActionPlanView> actionPlans =
        plan.goals().actionPlans().stream().map(p -> actionPlan(p, refs)).toList();
    List<FocusAreaView> focusAreas =
        plan.goals().focusAreas().stream()
            .map(f -> new FocusAreaView(f.title(), TextBlocks.of(f.response()), f.status().name()))
            .toList();
    return new CommitmentsView(
        activities,
        anyStarted(plan.goals().activities().stream().map(a -> a.status()).toList()),
        assignments,
        anyStarted(plan.goals().assignments().stream().map(a -> a.status()).toList()),
        directions,
        anyStarted(plan.goals().priorityDirections().stream().map(d -> d.status()).toList()),
        actionPlans,
        focusAreas,
        anyStarted(plan.goals().focusAreas().stream().map(f -> f.status()).toList()),
        savings(plan.savingsMeasures(), areaNames, findings),
        control(plan, findings),
        plan.followUp().providers().stream()
            .map(
                p ->
                    new ProviderView(
                        p.operation(),
                        p.provider(),
                        p.area() == null ? null : areaNames.getOrDefault(p.area(), p.area())))
            .toList(),
        plan.followUp().measures().stream()
            .map(
                m ->
                    new MeasureView(
                        m.name(),
                        m.area() == null ? null : areaNames.getOrDefault(m.area(), m.area()),
                        m.unit()))
            .toList());
  }

  private static ActionPlanView actionPlan(ActionPlan plan, Map<String, Ref> refs) {
    List<ItemView> items =
        plan.items().stream()
            .map(
                i ->
                    new ItemView(
                        i.activity(),
                        TextBlocks.of(i.followUp()),
                        i.responsible(),
                        TextBlocks.of(i.effect()),
                        i.due(),
                        i.status().name()))
            .toList();
    return new ActionPlanView(
        plan.title(),
        ref(refs, "g:", plan.goal()),
        items,
        anyStarted(plan.items().stream().map(ActionPlan.Item::status).toList()));
  }

  private static SavingsView savings(
      SavingsMeasures savings,
      Map<String, String> areaNames,
      Map<String, List<GoalFindingView>> findings) {
    if (savings.isEmpty()) {
      return null;
    }
    List<SavingView> measures =
        savings.measures().stream()
            .map(
                m ->
                    new SavingView(
                        m.title(),
                        m.area() == null ? null : areaNames.getOrDefault(m.area(), m.area()),
                        amount(m.amount()),
                        m.status().name()))
            .toList();
    return new SavingsView(
        savings.unit(),
        amount(savings.total()),
        savings.sum().map(SwedishNumbers::format).orElse(null),
        measures,
        anyStarted(savings.measures().stream().map(SavingsMeasures.Measure::status).toList()),
        findings.getOrDefault("savings:savingsMeasures", List.of()));
  }

  private static ControlView control(
      PlanDocument plan, Map<String, List<GoalFindingView>> findings) {
    if (plan.followUp().internalControl().isEmpty()) {
      return null;
    }
    List<RiskView> risks =
        plan.followUp().internalControl().risks().stream().map(r -> risk(r, findings)).toList();
    return new ControlView(
        plan.followUp().internalControl().decided() == null
            ? null
            : plan.followUp().internalControl().decided().toString(),
        risks);
  }

  private static RiskView risk(ControlRisk risk, Map<String, List<GoalFindingView>> findings) {
    Integer computed = risk.computedRiskValue();
    boolean differs =
        computed != null && risk.riskValue() != null && !computed.equals(risk.riskValue());
    return new RiskView(
        "risk-" + risk.key(),
        risk.area(),
        risk.risk(),
        risk.likelihood(),
        risk.consequence(),
        risk.riskValue(),
        computed,
        differs,
        risk.method(),
        risk.frequency(),
        risk.responsible(),
        risk.reporting().stream().map(ReportingOccasion::name).toList(),
        risk.reportingPrinted(),
        findings.getOrDefault("risk:" + risk.key(), List.of()));
  }

  private static Ref ref(Map<String, Ref> refs, String kind, String key) {
    return key == null ? null : refs.getOrDefault(kind + key, new Ref(key, null));
  }

  private static String amount(BigDecimal amount) {
    return amount == null ? null : SwedishNumbers.format(amount);
  }

  private static boolean anyStarted(List<Status> statuses) {
    return statuses.stream().anyMatch(s -> s != Status.PLANNED);
  }
}
