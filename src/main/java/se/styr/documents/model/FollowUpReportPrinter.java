package se.styr.documents.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OccasionStatus;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUps;
import se.styr.goals.Assessor;
import se.styr.plan.PlanDocument;
import se.styr.shared.Text;

/**
 * A follow-up report as a document, printed by the same engine as plans (HTML, PDF/UA, DOCX): a
 * title page naming the occasion, the committee's decision once reported, then the report's parts
 * ({@link ReportParts}) in the order, under the headings and at the levels of the municipality's
 * layout ({@link ReportLayout}): the economy per area and in total as a care committee's
 * delårsrapport sets it out (Budget helår, Budget ack, Utfall ack, Utfall ack föreg år, Prognos
 * helår, Avvikelse kr and %), goal fulfilment, internal control ... and each deviation's comment
 * and measures. An open occasion prints as preliminary; demo data says so on the title page.
 */
public final class FollowUpReportPrinter {
  /** The heading each part prints under unless the layout names another. */
  private static final Map<ReportLayout.Part, String> DEFAULT_HEADINGS =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(ReportLayout.Part.ECONOMY, "followup.page.economy"),
              Map.entry(ReportLayout.Part.BUDGET_CHANGES, "followup.page.changes"),
              Map.entry(ReportLayout.Part.GROSS, "followup.page.gross"),
              Map.entry(ReportLayout.Part.INVESTMENTS, "followup.print.investments"),
              Map.entry(ReportLayout.Part.GOALS, "followup.page.goals"),
              Map.entry(ReportLayout.Part.INDICATORS, "followup.page.indicators"),
              Map.entry(ReportLayout.Part.COMMITMENTS, "followup.print.commitments"),
              Map.entry(ReportLayout.Part.INTERNAL_CONTROL, "followup.page.controls"),
              Map.entry(ReportLayout.Part.OPERATIONAL_MEASURES, "followup.page.measures"),
              Map.entry(ReportLayout.Part.PROVIDERS, "followup.page.providers"),
              Map.entry(ReportLayout.Part.COMMENTS, "followup.page.comments")));

  private FollowUpReportPrinter() {}

  /** The report in the default layout, without the trend of earlier occasions. */
  public static PrintedPlan print(
      FollowUpReport report, OccasionEconomy economy, Assessor.Report goals, PlanDocument plan) {
    return print(report, economy, goals, Map.of(), plan, ReportLayout.DEFAULT);
  }

  /**
   * The report arranged by {@code layout}, with each goal's results at the year's earlier occasions
   * beside its result now ({@code trend}, by subject, oldest first).
   */
  public static PrintedPlan print(
      FollowUpReport report,
      OccasionEconomy economy,
      Assessor.Report goals,
      Map<String, List<FollowUps.Earlier>> trend,
      PlanDocument plan,
      ReportLayout layout) {
    String municipality = plan.municipality().name();
    String committee = plan.committee().name();
    String title = report.occasion().title();
    List<TitlePage.Fact> facts = new ArrayList<>();
    facts.add(
        new TitlePage.Fact(
            words("followup.page.periodEnd"), report.occasion().periodEnd().toString()));
    if (report.occasion().reportedTo() != null) {
      facts.add(
          new TitlePage.Fact(words("followup.page.reportedTo"), report.occasion().reportedTo()));
    }
    if (report.reported() != null) {
      facts.add(
          new TitlePage.Fact(
              words("followup.page.decision"),
              String.join(
                  ", ",
                  Stream.of(
                          report.reported().date().toString(),
                          report.reported().paragraph(),
                          report.reported().dnr())
                      .filter(Objects::nonNull)
                      .toList())));
    }
    facts.add(
        new TitlePage.Fact(
            words("followup.print.status"), words("followup.print.status." + report.status())));
    facts.add(new TitlePage.Fact(words("followup.print.plan"), plan.header().title()));
    if (report.version() > 1) {
      facts.add(
          new TitlePage.Fact(
              words("followup.print.correction", report.version()), report.reason()));
    }
    if (report.demo()) {
      facts.add(new TitlePage.Fact(words("followup.print.demo"), words("followup.page.demo")));
    }
    ReportParts parts = new ReportParts(report, economy, goals, trend, plan, layout);
    List<Printed> body = new ArrayList<>();
    List<ReportLayout.Placement> appendices = new ArrayList<>();
    int previous = 0;
    for (ReportLayout.Placement placement : layout.allPlacements()) {
      if (placement.appendix()) {
        appendices.add(placement);
        continue;
      }
      // never deeper than one below the heading before it: no heading level is skipped
      int level = Math.min(placement.wantedLevel(), previous + 1);
      List<Printed> content = parts.of(placement.part(), level);
      if (!content.isEmpty()) {
        body.add(new Printed.Heading(level, heading(placement), placement.part().anchor(), true));
        body.addAll(content);
        previous = level;
      }
    }
    int number = 0;
    for (ReportLayout.Placement placement : appendices) {
      List<Printed> content = parts.of(placement.part(), 1);
      if (!content.isEmpty()) {
        number++;
        body.add(new Printed.PageBreak());
        body.add(
            new Printed.Heading(
                1,
                DocumentWords.get("document.appendix", number, heading(placement)),
                placement.part().anchor(),
                true));
        body.addAll(content);
      }
    }
    return new PrintedPlan(
        "sv",
        title,
        DocumentWords.get("document.runningHeader", municipality, committee, title),
        DocumentWords.get("document.description", municipality, committee, title),
        new TitlePage(
            municipality,
            committee,
            title,
            words("followup.print.period", report.occasion().periodEnd()),
            facts),
        report.status() == OccasionStatus.OPEN ? words("followup.print.preliminary") : null,
        layout.contentsDepth(),
        body);
  }

  /** The placement's own heading, else the part's default one. */
  private static String heading(ReportLayout.Placement placement) {
    return placement.heading() != null
        ? placement.heading()
        : words(DEFAULT_HEADINGS.get(placement.part()));
  }

  private static String words(String key, Object... arguments) {
    return Text.of(key, arguments).swedish();
  }
}
