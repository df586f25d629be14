package se.styr.followup.report;

import java.util.List;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.BudgetChange;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.ControlResult;
import se.styr.followup.MeasureCount;
import se.styr.followup.ProjectEconomy;
import se.styr.followup.ProviderResult;
import se.styr.goals.ManualAssessment;
import se.styr.shared.RuleProblem;
import se.styr.shared.TextLengths;

/**
 * The longest text each field of a follow-up report takes (its column's length in V12–V25): a
 * comment, reason or finding too long is a problem at its field, never a database error and never
 * cut short.
 */
final class ReportLengths {
  static final int TITLE = 200;
  static final int BODY = 200;
  static final int OWNER = 200;
  static final int PRINTED = 200;
  static final int SOURCE = 400;
  static final int PROJECT_NAME = 400;
  static final int REASON = 2000;
  static final int DESCRIPTION = 2000;
  static final int FINDING = 4000;
  static final int JUSTIFICATION = 4000;
  static final int COMMENT = 8000;
  static final int UNIT = 40;
  static final int REFERENCE = 100;

  private ReportLengths() {}

  static List<RuleProblem> of(FollowUpReport report) {
    TextLengths lengths = new TextLengths();
    lengths
        .check(report.occasion().title(), TITLE, "occasion/title")
        .check(report.occasion().reportedTo(), BODY, "occasion/reportedTo")
        .check(report.reason(), REASON, "report/reason")
        .check(report.unit(), UNIT, "economy/unit")
        .check(report.investmentUnit(), UNIT, "investments/unit");
    for (AreaEconomy area : report.economy()) {
      String at = "economy/" + area.area() + "/";
      lengths.check(area.name(), TITLE, at + "name").check(area.comment(), COMMENT, at + "comment");
      for (BalanceMeasure measure : area.measures()) {
        lengths
            .check(measure.description(), DESCRIPTION, at + "measures/description")
            .check(measure.owner(), OWNER, at + "measures/owner");
      }
    }
    for (IndicatorEntry entry : report.indicators()) {
      String at = "indicators/" + entry.indicator() + "/" + entry.period() + "/";
      lengths
          .check(entry.printed(), PRINTED, at + "printed")
          .check(entry.reason(), REASON, at + "reason")
          .check(entry.source(), SOURCE, at + "source");
    }
    for (ControlResult result : report.controls()) {
      String at = "controls/" + result.control() + "/";
      lengths.check(result.found(), FINDING, at + "found");
      for (ControlResult.Action action : result.actions()) {
        lengths
            .check(action.description(), DESCRIPTION, at + "actions/description")
            .check(action.owner(), OWNER, at + "actions/owner");
      }
    }
    for (ProjectEconomy project : report.investments()) {
      String at = "investments/" + project.project() + "/";
      lengths
          .check(project.name(), PROJECT_NAME, at + "name")
          .check(project.comment(), COMMENT, at + "comment");
    }
    for (CommitmentEntry entry : report.commitments()) {
      lengths.check(entry.comment(), COMMENT, "commitments/" + entry.path() + "/comment");
    }
    int n = 0;
    for (BudgetChange change : report.budgetChanges()) {
      String at = "budgetChanges/" + n++ + "/";
      lengths
          .check(change.paragraph(), REFERENCE, at + "paragraph")
          .check(change.reason(), REASON, at + "reason");
    }
    for (MeasureCount count : report.measureCounts()) {
      lengths.check(
          count.reason(),
          REASON,
          "operationalMeasures/" + count.measure() + "/" + count.period() + "/reason");
    }
    for (ProviderResult result : report.providerResults()) {
      String at = "providers/" + result.provider() + "/" + result.checked() + "/";
      lengths
          .check(result.what(), DESCRIPTION, at + "what")
          .check(result.deviations(), FINDING, at + "deviations");
    }
    for (ManualAssessment made : report.assessments()) {
      String at =
          "assessments/" + (made.ofIndicator() ? "indicator/" : "goal/") + made.subject() + "/";
      lengths
          .check(made.by(), OWNER, at + "by")
          .check(made.justification(), JUSTIFICATION, at + "justification");
    }
    return lengths.problems();
  }
}
