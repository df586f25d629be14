package se.styr.followup.report;

import java.util.List;
import java.util.Objects;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BudgetChange;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.Occasion;
import se.styr.followup.OccasionStatus;
import se.styr.followup.ProjectEconomy;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import se.styr.version.Decision;

/**
 * What a committee reports at one follow-up occasion: the plan it follows up, the occasion, where
 * the occasion stands (and the committee's decision once reported), the report's version (a
 * correction of a closed report is a new version with its reason), and the entries: the economy per
 * area in the plan's unit. {@code demo} marks invented demo data.
 */
public record FollowUpReport(
    boolean demo,
    PlanReference plan,
    Occasion occasion,
    OccasionStatus status,
    Decision reported,
    int version,
    String reason,
    String unit,
    List<AreaEconomy> economy,
    List<IndicatorEntry> indicators,
    List<se.styr.followup.ControlResult> controls,
    String investmentUnit,
    List<ProjectEconomy> investments,
    List<CommitmentEntry> commitments,
    List<BudgetChange> budgetChanges,
    List<se.styr.followup.MeasureCount> measureCounts,
    List<se.styr.followup.ProviderResult> providerResults,
    List<se.styr.goals.ManualAssessment> assessments) {

  /** A report without assessments made at the occasion. */
  public FollowUpReport(
      boolean demo,
      PlanReference plan,
      Occasion occasion,
      OccasionStatus status,
      Decision reported,
      int version,
      String reason,
      String unit,
      List<AreaEconomy> economy,
      List<IndicatorEntry> indicators,
      List<se.styr.followup.ControlResult> controls,
      String investmentUnit,
      List<ProjectEconomy> investments,
      List<CommitmentEntry> commitments,
      List<BudgetChange> budgetChanges,
      List<se.styr.followup.MeasureCount> measureCounts,
      List<se.styr.followup.ProviderResult> providerResults) {
    this(
        demo,
        plan,
        occasion,
        status,
        reported,
        version,
        reason,
        unit,
        economy,
        indicators,
        controls,
        investmentUnit,
        investments,
        commitments,
        budgetChanges,
        measureCounts,
        providerResults,
        null);
  }

  /** A report without operational measures and provider follow-ups. */
  public FollowUpReport(
      boolean demo,
      PlanReference plan,
      Occasion occasion,
      OccasionStatus status,
      Decision reported,
      int version,
      String reason,
      String unit,
      List<AreaEconomy> economy,
      List<IndicatorEntry> indicators,
      List<se.styr.followup.ControlResult> controls,
      String investmentUnit,
      List<ProjectEconomy> investments,
      List<CommitmentEntry> commitments,
      List<BudgetChange> budgetChanges) {
    this(
        demo,
        plan,
        occasion,
        status,
        reported,
        version,
        reason,
        unit,
        economy,
        indicators,
        controls,
        investmentUnit,
        investments,
        commitments,
        budgetChanges,
        null,
        null);
  }

  /** A report without budget changes. */
  public FollowUpReport(
      boolean demo,
      PlanReference plan,
      Occasion occasion,
      OccasionStatus status,
      Decision reported,
      int version,
      String reason,
      String unit,
      List<AreaEconomy> economy,
      List<IndicatorEntry> indicators,
      List<se.styr.followup.ControlResult> controls,
      String investmentUnit,
      List<ProjectEconomy> investments,
      List<CommitmentEntry> commitments) {
    this(
        demo,
        plan,
        occasion,
        status,
        reported,
        version,
        reason,
        unit,
        economy,
        indicators,
        controls,
        investmentUnit,
        investments,
        commitments,
        null);
  }

  public FollowUpReport {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(occasion, "occasion");
    status = status == null ? OccasionStatus.OPEN : status;
    if (version < 1) {
      throw new InvalidValueException(Text.of("followup.report.version", version));
    }
    if (version > 1 && (reason == null || reason.isBlank())) {
      throw new InvalidValueException(Text.of("followup.report.reason", version));
    }
    if (status != OccasionStatus.OPEN && reported == null) {
      throw new InvalidValueException(Text.of("followup.report.decision", occasion.key()));
    }
    economy = economy == null ? List.of() : List.copyOf(economy);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    controls = controls == null ? List.of() : List.copyOf(controls);
    investments = investments == null ? List.of() : List.copyOf(investments);
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
    budgetChanges = budgetChanges == null ? List.of() : List.copyOf(budgetChanges);
    measureCounts = measureCounts == null ? List.of() : List.copyOf(measureCounts);
    providerResults = providerResults == null ? List.of() : List.copyOf(providerResults);
    assessments = assessments == null ? List.of() : List.copyOf(assessments);
  }

  /**
   * A correction of this report: the same entries as report version {@code next}, open again, with
   * the reason it is corrected.
   */
  public FollowUpReport correction(int next, String why) {
    if (next <= version) {
      throw new IllegalArgumentException("a correction comes after version " + version);
    }
    return new FollowUpReport(
        demo,
        plan,
        occasion,
        OccasionStatus.OPEN,
        null,
        next,
        why,
        unit,
        economy,
        indicators,
        controls,
        investmentUnit,
        investments,
        commitments,
        budgetChanges,
        measureCounts,
        providerResults,
        assessments);
  }

  /** The same report with only {@code made}: what an assessment entered would make it. */
  public FollowUpReport withAssessments(List<se.styr.goals.ManualAssessment> made) {
    return new FollowUpReport(
        demo,
        plan,
        occasion,
        OccasionStatus.OPEN,
        null,
        version,
        reason,
        unit,
        List.of(),
        List.of(),
        List.of(),
        investmentUnit,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        made);
  }

  /** The same report with other counts and provider follow-ups: what an entry would make it. */
  public FollowUpReport withCounts(
      List<se.styr.followup.MeasureCount> counts, List<se.styr.followup.ProviderResult> providers) {
    return new FollowUpReport(
        demo,
        plan,
        occasion,
        OccasionStatus.OPEN,
        null,
        version,
        reason,
        unit,
        List.of(),
        List.of(),
        List.of(),
        investmentUnit,
        List.of(),
        List.of(),
        List.of(),
        counts,
        providers);
  }

  /**
   * The whole report with {@code entry} in place of its area's entry (or added): what the occasion
   * would show once the entry is saved.
   */
  public FollowUpReport withArea(AreaEconomy entry) {
    List<AreaEconomy> areas = new java.util.ArrayList<>();
    boolean replaced = false;
    for (AreaEconomy area : economy) {
      if (area.area().equals(entry.area())) {
        areas.add(entry);
        replaced = true;
      } else {
        areas.add(area);
      }
    }
    if (!replaced) {
      areas.add(entry);
    }
    return new FollowUpReport(
        demo,
        plan,
        occasion,
        status,
        reported,
        version,
        reason,
        unit,
        areas,
        indicators,
        controls,
        investmentUnit,
        investments,
        commitments,
        budgetChanges,
        measureCounts,
        providerResults,
        assessments);
  }

  /** The same report with other budget changes: what a change entered would make it. */
  public FollowUpReport withBudgetChanges(List<BudgetChange> changes) {
    return new FollowUpReport(
        demo,
        plan,
        occasion,
        status,
        reported,
        version,
        reason,
        unit,
        economy,
        indicators,
        controls,
        investmentUnit,
        investments,
        commitments,
        changes,
        measureCounts,
        providerResults,
        assessments);
  }

  /** A report without investments and commitments. */
  public FollowUpReport(
      boolean demo,
      PlanReference plan,
      Occasion occasion,
      OccasionStatus status,
      Decision reported,
      int version,
      String reason,
      String unit,
      List<AreaEconomy> economy,
      List<IndicatorEntry> indicators,
      List<se.styr.followup.ControlResult> controls) {
    this(
        demo,
        plan,
        occasion,
        status,
        reported,
        version,
        reason,
        unit,
        economy,
        indicators,
        controls,
        null,
        null,
        null);
  }

  /** The same report with other entries: what an entry form or API call would change it to. */
  public FollowUpReport withEntries(
      List<AreaEconomy> newEconomy,
      List<IndicatorEntry> newIndicators,
      List<se.styr.followup.ControlResult> newControls,
      List<ProjectEconomy> newInvestments,
      List<CommitmentEntry> newCommitments) {
    return new FollowUpReport(
        demo,
        plan,
        occasion,
        OccasionStatus.OPEN,
        null,
        version,
        reason,
        unit,
        newEconomy,
        newIndicators,
        newControls,
        investmentUnit,
        newInvestments,
        newCommitments);
  }

  /** A report without control results. */
  public FollowUpReport(
      boolean demo,
      PlanReference plan,
      Occasion occasion,
      OccasionStatus status,
      Decision reported,
      int version,
      String reason,
      String unit,
      List<AreaEconomy> economy,
      List<IndicatorEntry> indicators) {
    this(demo, plan, occasion, status, reported, version, reason, unit, economy, indicators, null);
  }

  /** A report without indicator values. */
  public FollowUpReport(
      boolean demo,
      PlanReference plan,
      Occasion occasion,
      OccasionStatus status,
      Decision reported,
      int version,
      String reason,
      String unit,
      List<AreaEconomy> economy) {
    this(demo, plan, occasion, status, reported, version, reason, unit, economy, List.of(), null);
  }
}
