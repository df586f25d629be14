package se.styr.followup.report.web;

import java.time.LocalDate;
import java.util.List;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OccasionStatus;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUpStore;
import se.styr.followup.report.FollowUps;

/**
 * A follow-up report as the API gives it: the occasion, where it stands, the committee's decision,
 * the report version, and the economy computed with the plan (each area's line, the total, and what
 * is still missing).
 */
record ReportJson(
    long id,
    String key,
    String kind,
    String title,
    LocalDate periodEnd,
    LocalDate deadline,
    List<String> covers,
    String reportedTo,
    OccasionStatus status,
    Reported reported,
    int reportVersion,
    String reason,
    boolean demo,
    String unit,
    int lockVersion,
    List<EconomyLine> areas,
    List<Subtotal> subtotals,
    EconomyLine total,
    List<OccasionEconomy.Gap> gaps,
    List<Indicator> indicators,
    List<Goal> goals,
    List<Control> controls,
    Investments investments,
    List<Commitment> commitments,
    List<se.styr.followup.report.OccasionGross.Line> gross,
    List<se.styr.checks.Finding> grossFindings,
    List<Change> budgetChanges,
    List<se.styr.followup.MeasureCount> operationalMeasures,
    List<se.styr.followup.ProviderResult> providers,
    List<Assessed> assessments) {

  /**
   * An indicator's value reported at the occasion: a number ({@code value}) or a yes or no or count
   * out of a set as the plan file writes it ({@code answer}: true, false, 3/5), or missing and why.
   */
  record Indicator(
      String indicator,
      String period,
      String printed,
      java.math.BigDecimal value,
      String answer,
      boolean missing,
      String reason,
      String source,
      LocalDate measuredOn) {
    static Indicator of(se.styr.followup.report.IndicatorEntry e) {
      return new Indicator(
          e.indicator(),
          e.period(),
          e.printed(),
          e.number(),
          e.answer(),
          e.missing(),
          e.reason(),
          e.source(),
          e.measuredOn());
    }
  }

  /**
   * A budget change decided during the year, as the API takes it: {@code kind} is its file word
   * (volume, price, frame_change, frame_transfer, reallocation), or null when not stated.
   */
  record Change(
      String from,
      String to,
      java.math.BigDecimal amount,
      LocalDate decided,
      String paragraph,
      String reason,
      String kind) {
    static Change of(se.styr.followup.BudgetChange c) {
      return new Change(
          c.from(),
          c.to(),
          c.amount(),
          c.decided(),
          c.paragraph(),
          c.reason(),
          c.kind() == null ? null : c.kind().fileName());
    }
  }

  /** A goal or indicator a person assessed at the occasion, and why. */
  record Assessed(
      String kind, String key, String result, String by, LocalDate date, String justification) {}

  /**
   * The investment projects computed with the plan's investment budget, in its own unit: each
   * project's line, the total, what is missing.
   */
  record Investments(
      String unit, List<EconomyLine> projects, EconomyLine total, List<OccasionEconomy.Gap> gaps) {}

  /** A subtotal group of the plan's budget: the areas it sums and its line. */
  record Subtotal(String group, List<String> areas, EconomyLine line) {}

  /** Where a commitment stands at the occasion. */
  record Commitment(String kind, String key, String status, String comment) {}

  /** A control's result with its traffic light. */
  record Control(
      String control,
      boolean performed,
      String outcome,
      String found,
      List<se.styr.followup.ControlResult.Action> actions,
      String light) {}

  record Reported(LocalDate date, String paragraph, String dnr, String body) {}

  /** A goal or indicator as assessed at the occasion, with the word the plan's scale shows. */
  record Goal(String subject, String name, String level, String result, String shown, String why) {}

  static ReportJson of(FollowUps.Loaded loaded) {
    FollowUpStore.StoredOccasion stored = loaded.stored();
    FollowUpReport report = loaded.report();
    OccasionEconomy economy = loaded.economy();
    se.styr.goals.ResultScale scale = loaded.plan().goals().chain().settings().scale();
    var occasion = report.occasion();
    return new ReportJson(
        stored.id(),
        occasion.key(),
        occasion.kind().fileName(),
        occasion.title(),
        occasion.periodEnd(),
        occasion.deadline(),
        occasion.coverage().stream().map(c -> c.fileName()).sorted().toList(),
        occasion.reportedTo(),
        report.status(),
        report.reported() == null
            ? null
            : new Reported(
                report.reported().date(),
                report.reported().paragraph(),
                report.reported().dnr(),
                report.reported().body()),
        report.version(),
        report.reason(),
        report.demo(),
        report.unit(),
        stored.lockVersion(),
        economy.lines(),
        economy.subtotals().stream()
            .map(t -> new Subtotal(t.group().key(), t.group().areas(), t.line()))
            .toList(),
        economy.total(),
        economy.gaps(),
        report.indicators().stream().map(Indicator::of).toList(),
        java.util.stream.Stream.concat(
                loaded.goals().goals().stream(), loaded.goals().indicators().stream())
            .map(
                a ->
                    new Goal(
                        a.subject(),
                        a.name(),
                        a.level(),
                        a.result().fileName(),
                        scale.shown(a).swedish(),
                        a.explanation().reason() == null
                            ? null
                            : a.explanation().reason().swedish()))
            .toList(),
        report.controls().stream()
            .map(
                c ->
                    new Control(
                        c.control(),
                        c.performed(),
                        c.outcome() == null ? null : c.outcome().name(),
                        c.found(),
                        c.actions(),
                        c.light().name()))
            .toList(),
        new Investments(
            report.investmentUnit(),
            loaded.investments().lines(),
            loaded.investments().total(),
            loaded.investments().gaps()),
        report.commitments().stream()
            .map(
                c ->
                    new Commitment(
                        c.kind().fileName(), c.key(), c.status().fileName(), c.comment()))
            .toList(),
        loaded.gross().lines(),
        loaded.gross().findings(),
        report.budgetChanges().stream().map(Change::of).toList(),
        report.measureCounts(),
        report.providerResults(),
        report.assessments().stream()
            .map(
                m ->
                    new Assessed(
                        m.ofIndicator() ? "indicator" : "goal",
                        m.subject(),
                        m.result().fileName(),
                        m.by(),
                        m.date(),
                        m.justification()))
            .toList());
  }
}
