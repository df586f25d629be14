package se.styr.documents.model;

import java.util.ArrayList;
import java.util.List;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OccasionStatus;
import se.styr.followup.report.FollowUpReport;
import se.styr.plan.PlanDocument;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * A follow-up report as a document, printed by the same engine as plans (HTML, PDF/UA, DOCX): a
 * title page naming the occasion, the committee's decision once reported, the economy per area and
 * in total as a care committee's delårsrapport sets it out (Budget helår, Budget ack, Utfall ack,
 * Utfall ack föreg år, Prognos helår, Avvikelse kr and %), and each deviation's comment and
 * measures. An open occasion prints as preliminary; demo data says so on the title page.
 */
public final class FollowUpReportPrinter {
  private FollowUpReportPrinter() {}

  public static PrintedPlan print(
      FollowUpReport report,
      OccasionEconomy economy,
      se.styr.goals.Assessor.Report goals,
      PlanDocument plan) {
    return print(report, economy, goals, java.util.Map.of(), plan);
  }

  /**
   * The report with each goal's results at the year's earlier occasions beside its result now
   * ({@code trend}, by subject, oldest first).
   */
  public static PrintedPlan print(
      FollowUpReport report,
      OccasionEconomy economy,
      se.styr.goals.Assessor.Report goals,
      java.util.Map<String, List<se.styr.followup.report.FollowUps.Earlier>> trend,
      PlanDocument plan) {
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
                  java.util.stream.Stream.of(
                          report.reported().date().toString(),
                          report.reported().paragraph(),
                          report.reported().dnr())
                      .filter(java.util.Objects::nonNull)
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
    List<Printed> body = new ArrayList<>();
    body.add(new Printed.Heading(1, words("followup.page.economy"), "ekonomi", true));
    body.add(new Printed.Prose(words("followup.print.economyNote")));
    body.add(new Printed.Table(table(economy, report.unit())));
    if (report.unit() != null && economy.lines().stream().anyMatch(l -> l.deviation() != null)) {
      body.add(
          new Printed.Figure(
              "diagram-avvikelse",
              se.styr.charts.DeviationChart.of(
                  economy.lines().stream()
                      .map(l -> new se.styr.charts.DeviationChart.Area(l.name(), l.deviation()))
                      .toList(),
                  report.unit(),
                  "diagram-avvikelse")));
    }
    if (!report.budgetChanges().isEmpty()) {
      body.add(new Printed.Heading(2, words("followup.page.changes"), "budgetandringar", true));
      body.add(new Printed.Table(changeTable(report, plan)));
    }
    se.styr.followup.report.OccasionGross gross =
        se.styr.followup.report.ReportEconomy.gross(report, plan, economy);
    if (!gross.isEmpty()) {
      body.add(new Printed.Heading(2, words("followup.page.gross"), "brutto", true));
      body.add(new Printed.Table(grossTable(gross, report.unit(), economy.precision())));
    }
    OccasionEconomy investments = se.styr.followup.report.ReportEconomy.investments(report, plan);
    if (!investments.lines().isEmpty()) {
      body.add(new Printed.Heading(2, words("followup.print.investments"), "investeringar", true));
      body.add(new Printed.Table(investmentTable(investments, report.investmentUnit())));
    }
    if (report.occasion().covers(se.styr.followup.Coverage.GOALS)
        && goals != null
        && !goals.goals().isEmpty()) {
      body.add(new Printed.Heading(1, words("followup.page.goals"), "mal", true));
      body.add(new Printed.Table(goalTable(goals, trend, plan, report.assessments())));
      PrintedTable indicators = indicatorTable(report, goals, plan);
      if (indicators != null) {
        body.add(new Printed.Table(indicators));
      }
    }
    if (report.occasion().covers(se.styr.followup.Coverage.GOALS)) {
      PrintedTable commitments = commitmentTable(report, plan);
      if (commitments != null) {
        body.add(new Printed.Heading(1, words("followup.print.commitments"), "ataganden", true));
        body.add(new Printed.Table(commitments));
      }
    }
    if (report.occasion().covers(se.styr.followup.Coverage.INTERNAL_CONTROL)
        && !report.controls().isEmpty()) {
      body.add(new Printed.Heading(1, words("followup.page.controls"), "internkontroll", true));
      body.add(new Printed.Table(controlTable(report, plan)));
    }
    if (!report.measureCounts().isEmpty()) {
      body.add(new Printed.Heading(1, words("followup.page.measures"), "verksamhetsmatt", true));
      body.add(new Printed.Table(countTable(report, plan)));
    }
    if (!report.providerResults().isEmpty()) {
      body.add(new Printed.Heading(1, words("followup.page.providers"), "utforare", true));
      body.add(new Printed.Table(providerTable(report, plan)));
    }
    List<Printed> comments = comments(report, economy);
    for (EconomyLine line : investments.lines()) {
      if (line.comment() != null) {
        comments.add(
            new Printed.Heading(
                2,
                words("followup.col.project") + ": " + line.name(),
                "ki-" + comments.size(),
                true));
        comments.add(new Printed.Paragraphs(null, se.styr.texts.TextBlocks.of(line.comment())));
      }
    }
    if (!comments.isEmpty()) {
      body.add(new Printed.Heading(1, words("followup.page.comments"), "kommentarer", true));
      body.addAll(comments);
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
        2,
        body);
  }

  private static PrintedTable goalTable(
      se.styr.goals.Assessor.Report goals,
      java.util.Map<String, List<se.styr.followup.report.FollowUps.Earlier>> trend,
      PlanDocument plan,
      List<se.styr.goals.ManualAssessment> made) {
    se.styr.goals.ResultScale scale = plan.goals().chain().settings().scale();
    java.util.Map<String, String> why = new java.util.HashMap<>();
    made.stream()
        .filter(m -> !m.ofIndicator())
        .forEach(m -> why.put(m.subject(), m.justification() + " (" + m.by() + ")"));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (se.styr.goals.Assessment goal : goals.goals()) {
      String earlier =
          String.join(
              "; ",
              trend.getOrDefault(goal.subject(), List.of()).stream()
                  .map(e -> e.occasion() + ": " + scale.shown(e.assessment()).swedish())
                  .toList());
      rows.add(
          new PrintedTable.Row(
                  why.isEmpty()
                      ? List.of(goal.name(), goal.level(), scale.shown(goal).swedish(), earlier)
                      : List.of(
                          goal.name(),
                          goal.level(),
                          scale.shown(goal).swedish(),
                          earlier,
                          why.getOrDefault(goal.subject(), "")),
                  PrintedTable.RowKind.ITEM,
                  0)
              .withLight(2, scale.shown(goal).colour()));
    }
    List<PrintedTable.Column> columns =
        new ArrayList<>(
            List.of(
                new PrintedTable.Column(words("followup.page.goal"), false),
                new PrintedTable.Column(words("followup.print.level"), false),
                new PrintedTable.Column(words("followup.page.assessment"), false),
                new PrintedTable.Column(words("followup.page.trend"), false)));
    if (!why.isEmpty()) {
      columns.add(new PrintedTable.Column(words("followup.page.justification"), false));
    }
    return new PrintedTable(
        "t-mal", words("followup.page.goals"), null, columns, rows, List.of(), false);
  }

  private static PrintedTable indicatorTable(
      FollowUpReport report, se.styr.goals.Assessor.Report goals, PlanDocument plan) {
    se.styr.goals.ResultScale scale = plan.goals().chain().settings().scale();
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (se.styr.goals.Assessment indicator : goals.indicators()) {
      List<String> values =
          report.indicators().stream()
              .filter(e -> e.indicator().equals(indicator.subject()))
              .map(se.styr.followup.report.IndicatorEntry::shown)
              .toList();
      if (!values.isEmpty()) {
        rows.add(
            new PrintedTable.Row(
                    List.of(
                        indicator.name(),
                        String.join("; ", values),
                        scale.shown(indicator).swedish()),
                    PrintedTable.RowKind.ITEM,
                    0)
                .withLight(2, scale.shown(indicator).colour()));
      }
    }
    if (rows.isEmpty()) {
      return null;
    }
    return new PrintedTable(
        "t-indikatorer",
        words("followup.page.indicators"),
        null,
        List.of(
            new PrintedTable.Column(words("followup.page.indicator"), false),
            new PrintedTable.Column(words("followup.page.values"), false),
            new PrintedTable.Column(words("followup.page.assessment"), false)),
        rows,
        List.of(),
        false);
  }

  /** The operational measures counted at the occasion, per period. */
  private static PrintedTable countTable(FollowUpReport report, PlanDocument plan) {
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (se.styr.followup.MeasureCount count : report.measureCounts()) {
      String name =
          plan.followUp().measures().stream()
              .filter(m -> m.key().equals(count.measure()))
              .map(se.styr.followup.OperationalMeasure::name)
              .findFirst()
              .orElse(count.measure());
      rows.add(
          new PrintedTable.Row(
              List.of(
                  name,
                  count.period(),
                  count.missing()
                      ? words("followup.page.missingValue", count.reason())
                      : SwedishNumbers.format(count.value())),
              PrintedTable.RowKind.ITEM,
              0));
    }
    return new PrintedTable(
        "t-verksamhetsmatt",
        words("followup.page.measures"),
        null,
        List.of(
            new PrintedTable.Column(words("followup.page.measure"), false),
            new PrintedTable.Column(words("followup.page.period"), false),
            new PrintedTable.Column(words("followup.page.value"), true)),
        rows,
        List.of(),
        false);
  }

  /** The private providers followed up: when, what, the outcome and the deviations found. */
  private static PrintedTable providerTable(FollowUpReport report, PlanDocument plan) {
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (se.styr.followup.ProviderResult result : report.providerResults()) {
      String operation =
          plan.followUp().providers().stream()
              .filter(p -> p.key().equals(result.provider()))
              .map(se.styr.followup.Provider::operation)
              .findFirst()
              .orElse(result.provider());
      rows.add(
          new PrintedTable.Row(
              List.of(
                  operation,
                  result.checked().toString(),
                  result.what() == null ? "" : result.what(),
                  words("followup.outcome." + se.styr.shared.FileWords.of(result.outcome())),
                  result.deviations() == null ? "" : result.deviations()),
              PrintedTable.RowKind.ITEM,
              0));
    }
    return new PrintedTable(
        "t-utforare",
        words("followup.page.providers"),
        null,
        List.of(
            new PrintedTable.Column(words("followup.page.provider"), false),
            new PrintedTable.Column(words("followup.page.checked"), false),
            new PrintedTable.Column(words("followup.page.what"), false),
            new PrintedTable.Column(words("followup.page.outcome"), false),
            new PrintedTable.Column(words("followup.page.deviations"), false)),
        rows,
        List.of(),
        false);
  }

  /** The budget changes decided during the year, which the full-year budgets include. */
  private static PrintedTable changeTable(FollowUpReport report, PlanDocument plan) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    plan.areas().forEach(a -> names.put(a.key(), a.name()));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (se.styr.followup.BudgetChange change : report.budgetChanges()) {
      rows.add(
          new PrintedTable.Row(
              List.of(
                  change.decided() + (change.paragraph() == null ? "" : ", " + change.paragraph()),
                  change.from() == null ? "" : names.getOrDefault(change.from(), change.from()),
                  change.to() == null ? "" : names.getOrDefault(change.to(), change.to()),
                  SwedishNumbers.format(change.amount()),
                  change.reason()),
              PrintedTable.RowKind.ITEM,
              0));
    }
    return new PrintedTable(
        "t-budgetandringar",
        words("followup.page.changes"),
        report.unit(),
        List.of(
            new PrintedTable.Column(words("followup.col.decided"), false),
            new PrintedTable.Column(words("followup.col.from"), false),
            new PrintedTable.Column(words("followup.col.to"), false),
            new PrintedTable.Column(words("followup.col.amount"), true),
            new PrintedTable.Column(words("followup.col.reason"), false)),
        rows,
        List.of(words("followup.page.changesHint", report.unit())),
        false);
  }

  /** Gross revenue, cost and net per area: budget, outcome to date and forecast of each. */
  private static PrintedTable grossTable(
      se.styr.followup.report.OccasionGross gross, String unit, int decimals) {
    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(new PrintedTable.Column(words("followup.col.area"), false));
    for (String figure : List.of("budget", "to-date", "forecast")) {
      String when = words("followup.gross.col." + figure);
      columns.add(new PrintedTable.Column(words("followup.gross.revenue", when), true));
      columns.add(new PrintedTable.Column(words("followup.gross.cost", when), true));
      columns.add(new PrintedTable.Column(words("followup.gross.net", when), true));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (se.styr.followup.report.OccasionGross.Line line : gross.lines()) {
      rows.add(
          new PrintedTable.Row(
              grossCells(line, line.name(), decimals), PrintedTable.RowKind.ITEM, 0));
    }
    rows.add(
        new PrintedTable.Row(
            grossCells(gross.total(), words("followup.col.total"), decimals),
            PrintedTable.RowKind.TOTAL,
            0));
    List<String> notes = new ArrayList<>();
    notes.add(words("followup.page.grossHint"));
    for (se.styr.checks.Finding finding : gross.findings()) {
      notes.add(
          finding.row()
              + ", "
              + finding.column()
              + ": "
              + words(
                  "followup.page.grossFinding",
                  OccasionEconomy.printed(finding.computed(), decimals)));
    }
    return new PrintedTable(
        "t-brutto", words("followup.page.gross"), unit, columns, rows, notes, false);
  }

  private static List<String> grossCells(
      se.styr.followup.report.OccasionGross.Line line, String name, int decimals) {
    List<String> cells = new ArrayList<>();
    cells.add(name);
    for (java.math.BigDecimal value :
        java.util.Arrays.asList(
            line.revenue().budget(),
            line.cost().budget(),
            line.netBudget(),
            line.revenue().outcomeToDate(),
            line.cost().outcomeToDate(),
            line.netToDate(),
            line.revenue().forecast(),
            line.cost().forecast(),
            line.netForecast())) {
      cells.add(OccasionEconomy.printed(value, decimals));
    }
    return cells;
  }

  /** The investment projects: Budget helår, Utfall ack, Prognos helår, Avvikelse kr and %. */
  private static PrintedTable investmentTable(OccasionEconomy investments, String unit) {
    int decimals = investments.precision();
    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(new PrintedTable.Column(words("followup.col.project"), false));
    for (String key : List.of("budget", "outcomeToDate", "forecast", "deviation")) {
      columns.add(new PrintedTable.Column(words("followup.col." + key), true));
    }
    columns.add(new PrintedTable.Column(words("followup.col.deviationPercent"), true));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (EconomyLine line : investments.lines()) {
      rows.add(
          new PrintedTable.Row(
              projectCells(line, line.name(), decimals), PrintedTable.RowKind.ITEM, 0));
    }
    rows.add(
        new PrintedTable.Row(
            projectCells(investments.total(), words("followup.col.total"), decimals),
            PrintedTable.RowKind.TOTAL,
            0));
    return new PrintedTable(
        "t-investeringar",
        words("followup.print.investments"),
        unit,
        columns,
        rows,
        List.of(words("followup.page.blank")),
        false);
  }

  private static List<String> projectCells(EconomyLine line, String name, int decimals) {
    return List.of(
        name,
        OccasionEconomy.printed(line.budget(), decimals),
        OccasionEconomy.printed(line.outcomeToDate(), decimals),
        OccasionEconomy.printed(line.forecast(), decimals),
        OccasionEconomy.printed(line.deviation(), decimals),
        line.deviationPercent() == null ? "" : SwedishNumbers.format(line.deviationPercent()));
  }

  /**
   * The plan's activities, assignments, priority directions and action plan items with where each
   * stands at the occasion (as reported, else as the plan gives it) and its comment.
   */
  private static PrintedTable commitmentTable(FollowUpReport report, PlanDocument plan) {
    java.util.Map<String, se.styr.followup.CommitmentEntry> reported = new java.util.HashMap<>();
    report.commitments().forEach(c -> reported.put(c.kind() + "/" + c.key(), c));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (se.styr.followup.report.PlanCommitments.Planned planned :
        se.styr.followup.report.PlanCommitments.of(plan.goals())) {
      se.styr.followup.CommitmentEntry entry = reported.get(planned.id());
      rows.add(
          new PrintedTable.Row(
              List.of(
                  planned.name() == null ? planned.key() : planned.name(),
                  words("followup.commitmentKind." + planned.kind().fileName()),
                  words(
                          "goals.statusOf."
                              + (entry == null ? planned.status() : entry.status()).name())
                      + (entry == null ? " (" + words("followup.page.asPlanned") + ")" : ""),
                  entry == null || entry.comment() == null ? "" : entry.comment()),
              PrintedTable.RowKind.ITEM,
              0));
    }
    if (rows.isEmpty()) {
      return null;
    }
    return new PrintedTable(
        "t-ataganden",
        words("followup.print.commitments"),
        null,
        List.of(
            new PrintedTable.Column(words("followup.page.commitment"), false),
            new PrintedTable.Column(words("followup.page.commitmentKind"), false),
            new PrintedTable.Column(words("followup.page.status"), false),
            new PrintedTable.Column(words("followup.col.comment"), false)),
        rows,
        List.of(),
        false);
  }

  private static PrintedTable controlTable(FollowUpReport report, PlanDocument plan) {
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (se.styr.followup.ControlResult result : report.controls()) {
      String name =
          plan.followUp().internalControl().risks().stream()
              .filter(r -> r.key().equals(result.control()))
              .map(r -> r.risk() != null ? r.risk() : r.area())
              .findFirst()
              .orElse(result.control());
      List<String> actions = new ArrayList<>();
      for (se.styr.followup.ControlResult.Action action : result.actions()) {
        actions.add(
            String.join(
                ", ",
                java.util.stream.Stream.of(
                        action.description(),
                        action.owner(),
                        action.due() == null ? null : action.due().toString())
                    .filter(java.util.Objects::nonNull)
                    .toList()));
      }
      rows.add(
          new PrintedTable.Row(
                  List.of(
                      name,
                      words("followup.light." + result.light().name()),
                      result.found() == null ? "" : result.found(),
                      String.join("; ", actions)),
                  PrintedTable.RowKind.ITEM,
                  0)
              .withLight(1, result.light().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return new PrintedTable(
        "t-internkontroll",
        words("followup.page.controls"),
        null,
        List.of(
            new PrintedTable.Column(words("followup.page.control"), false),
            new PrintedTable.Column(words("followup.page.controlResult"), false),
            new PrintedTable.Column(words("followup.page.found"), false),
            new PrintedTable.Column(words("followup.page.actions"), false)),
        rows,
        List.of(),
        false);
  }

  private static PrintedTable table(OccasionEconomy economy, String unit) {
    int decimals = economy.precision();
    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(new PrintedTable.Column(words("followup.col.area"), false));
    for (String key :
        List.of(
            "budget",
            "budgetToDate",
            "outcomeToDate",
            "outcomeToDateLastYear",
            "forecast",
            "deviation",
            "deviationPercent")) {
      columns.add(new PrintedTable.Column(words("followup.col." + key), true));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (EconomyLine line : economy.lines()) {
      rows.add(
          new PrintedTable.Row(cells(line, line.name(), decimals), PrintedTable.RowKind.ITEM, 0));
      for (OccasionEconomy.Subtotal subtotal : economy.subtotals()) {
        if (line.area().equals(subtotal.after())) {
          rows.add(
              new PrintedTable.Row(
                  cells(subtotal.line(), subtotal.line().name(), decimals),
                  PrintedTable.RowKind.SUBTOTAL,
                  0));
        }
      }
    }
    rows.add(
        new PrintedTable.Row(
            cells(economy.total(), words("followup.col.total"), decimals),
            PrintedTable.RowKind.TOTAL,
            0));
    return new PrintedTable(
        "t-ekonomi",
        words("followup.page.economy"),
        unit,
        columns,
        rows,
        List.of(words("followup.page.blank")),
        false);
  }

  private static List<String> cells(EconomyLine line, String name, int decimals) {
    return List.of(
        name,
        OccasionEconomy.printed(line.budget(), decimals),
        OccasionEconomy.printed(line.budgetToDate(), decimals),
        OccasionEconomy.printed(line.outcomeToDate(), decimals),
        OccasionEconomy.printed(line.outcomeToDateLastYear(), decimals),
        OccasionEconomy.printed(line.forecast(), decimals),
        OccasionEconomy.printed(line.deviation(), decimals),
        line.deviationPercent() == null ? "" : SwedishNumbers.format(line.deviationPercent()));
  }

  private static List<Printed> comments(FollowUpReport report, OccasionEconomy economy) {
    List<Printed> printed = new ArrayList<>();
    int n = 0;
    for (EconomyLine line : economy.lines()) {
      AreaEconomy entry =
          report.economy().stream()
              .filter(a -> a.area().equals(line.area()))
              .findFirst()
              .orElse(null);
      if (entry == null || (entry.comment() == null && entry.measures().isEmpty())) {
        continue;
      }
      printed.add(new Printed.Heading(2, line.name(), "k-" + (n++), true));
      if (entry.comment() != null) {
        printed.add(new Printed.Paragraphs(null, se.styr.texts.TextBlocks.of(entry.comment())));
      }
      if (!entry.measures().isEmpty()) {
        List<TitlePage.Fact> measures = new ArrayList<>();
        for (BalanceMeasure measure : entry.measures()) {
          measures.add(new TitlePage.Fact(measure.description(), measure(measure)));
        }
        printed.add(new Printed.Facts(measures));
      }
    }
    return printed;
  }

  private static String measure(BalanceMeasure measure) {
    List<String> parts = new ArrayList<>();
    if (measure.amount() != null) {
      parts.add(SwedishNumbers.format(measure.amount()));
    }
    if (measure.owner() != null) {
      parts.add(measure.owner());
    }
    if (measure.due() != null) {
      parts.add(measure.due().toString());
    }
    parts.add(words("followup.measure." + measure.status().name()));
    return String.join(", ", parts);
  }

  private static String words(String key, Object... arguments) {
    return Text.of(key, arguments).swedish();
  }
}
