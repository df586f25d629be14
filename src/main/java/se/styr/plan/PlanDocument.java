package se.styr.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.styr.budget.BudgetTable;
import se.styr.budget.SavingsMeasures;
import se.styr.budget.TextFigure;
import se.styr.checks.Checker;
import se.styr.checks.Finding;
import se.styr.checks.GoalChecks;
import se.styr.checks.GoalFinding;
import se.styr.followup.FollowUpPlan;
import se.styr.forecast.Forecasts;
import se.styr.goals.GoalPlan;
import se.styr.organisation.Committee;
import se.styr.organisation.Municipality;
import se.styr.organisation.OperationalArea;
import se.styr.texts.Section;
import se.styr.version.PlanHeader;
import se.styr.version.VersionInfo;

/** A whole plan version as one value: what a plan file holds and what the store keeps. */
public record PlanDocument(
    Municipality municipality,
    Committee committee,
    PlanHeader header,
    VersionInfo version,
    List<OperationalArea> areas,
    List<Block> content,
    List<TextFigure> textFigures,
    GoalPlan goals,
    SavingsMeasures savingsMeasures,
    FollowUpPlan followUp,
    Forecasts forecasts) {

  public PlanDocument {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(version, "version");
    areas = List.copyOf(areas);
    content = List.copyOf(content);
    textFigures = List.copyOf(textFigures);
    goals = goals == null ? GoalPlan.NONE : goals;
    savingsMeasures = savingsMeasures == null ? SavingsMeasures.NONE : savingsMeasures;
    followUp = followUp == null ? FollowUpPlan.NONE : followUp;
    forecasts = forecasts == null ? Forecasts.NONE : forecasts;
  }

  /** A plan without needs forecasts. */
  public PlanDocument(
      Municipality municipality,
      Committee committee,
      PlanHeader header,
      VersionInfo version,
      List<OperationalArea> areas,
      List<Block> content,
      List<TextFigure> textFigures,
      GoalPlan goals,
      SavingsMeasures savingsMeasures,
      FollowUpPlan followUp) {
    this(
        municipality,
        committee,
        header,
        version,
        areas,
        content,
        textFigures,
        goals,
        savingsMeasures,
        followUp,
        Forecasts.NONE);
  }

  /** A plan without goals or commitments, as tables and text only. */
  public PlanDocument(
      Municipality municipality,
      Committee committee,
      PlanHeader header,
      VersionInfo version,
      List<OperationalArea> areas,
      List<Block> content,
      List<TextFigure> textFigures) {
    this(
        municipality,
        committee,
        header,
        version,
        areas,
        content,
        textFigures,
        GoalPlan.NONE,
        SavingsMeasures.NONE,
        FollowUpPlan.NONE);
  }

  /** Every table of the plan in document order (each once, even if printed twice). */
  public List<BudgetTable> tables() {
    return content.stream()
        .filter(Block.Table.class::isInstance)
        .map(b -> ((Block.Table) b).table())
        .toList();
  }

  /** Every text section of the plan in document order. */
  public List<Section> sections() {
    return content.stream()
        .filter(Block.Text.class::isInstance)
        .map(b -> ((Block.Text) b).section())
        .toList();
  }

  public Optional<BudgetTable> table(String key) {
    return tables().stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /** "Trollhättan, Omsorgsnämnden 2024 v1": how findings and messages name the plan. */
  public String displayName() {
    return municipality.name()
        + ", "
        + committee.name()
        + " "
        + header.period().budgetYear()
        + " v"
        + version.number();
  }

  /**
   * A stable key: municipality code, committee key and budget year, e.g.
   * "1488/omsorgsnamnden/2024".
   */
  public String planKey() {
    return municipality.key() + "/" + committee.key() + "/" + header.period().budgetYear();
  }

  /** Every figure of the plan that does not add up; see {@link Checker}. */
  public List<Finding> findings(String planName) {
    return Checker.check(tables(), textFigures, planName);
  }

  public List<Finding> findings() {
    return findings(displayName());
  }

  /**
   * Every fault of the goal chain, internal control and savings measures; see {@link GoalChecks}.
   */
  public List<GoalFinding> goalFindings(String planName) {
    return GoalChecks.check(
        goals.chain(),
        followUp.internalControl(),
        savingsMeasures,
        Set.copyOf(header.period().allYears()),
        planName);
  }

  public PlanDocument withContent(List<Block> newContent) {
    return new PlanDocument(
        municipality,
        committee,
        header,
        version,
        areas,
        newContent,
        textFigures,
        goals,
        savingsMeasures,
        followUp,
        forecasts);
  }

  /**
   * The same plan with the sections kept beside its tables and text: goals, savings measures,
   * follow-up.
   */
  public PlanDocument withSections(
      GoalPlan newGoals, SavingsMeasures newSavings, FollowUpPlan newFollowUp) {
    return new PlanDocument(
        municipality,
        committee,
        header,
        version,
        areas,
        content,
        textFigures,
        newGoals,
        newSavings,
        newFollowUp,
        forecasts);
  }

  /** The same plan with other needs forecasts. */
  public PlanDocument withForecasts(Forecasts newForecasts) {
    return new PlanDocument(
        municipality,
        committee,
        header,
        version,
        areas,
        content,
        textFigures,
        goals,
        savingsMeasures,
        followUp,
        newForecasts);
  }

  public PlanDocument withGoals(GoalPlan newGoals) {
    return withSections(newGoals, savingsMeasures, followUp);
  }

  public PlanDocument withVersion(VersionInfo newVersion) {
    return new PlanDocument(
        municipality,
        committee,
        header,
        newVersion,
        areas,
        content,
        textFigures,
        goals,
        savingsMeasures,
        followUp,
        forecasts);
  }
}
