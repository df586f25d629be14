package se.styr.documents.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styr.charts.DeviationChart;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.BudgetChange;
import se.styr.followup.Coverage;
import se.styr.followup.EconomyLine;
import se.styr.followup.MeasureCount;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.OperationalMeasure;
import se.styr.followup.Provider;
import se.styr.followup.ProviderResult;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUps;
import se.styr.followup.report.IndicatorEntry;
import se.styr.followup.report.OccasionGross;
import se.styr.followup.report.ReportEconomy;
import se.styr.followup.report.ReportGoals;
import se.styr.goals.Assessment;
import se.styr.goals.Assessor;
import se.styr.goals.ManualAssessment;
import se.styr.goals.ResultScale;
import se.styr.plan.PlanDocument;
import se.styr.shared.FileWords;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.texts.TextBlocks;

/**
 * The parts of a follow-up report as printed blocks, each on its own so that the municipality's
 * layout ({@link ReportLayout}) can put them in its order: the economy table and deviation chart,
 * budget changes, gross revenue and cost, investments, goal fulfilment, indicators, commitments,
 * internal control, operational measures, private providers, and the deviations' comments and
 * measures. A part with nothing to show is empty.
 */
final class ReportParts {
  private final FollowUpReport report;
  private final OccasionEconomy economy;
  private final Assessor.Report goals;
  private final Map<String, List<FollowUps.Earlier>> trend;
  private final PlanDocument plan;
  private final ReportLayout layout;

  ReportParts(
      FollowUpReport report,
      OccasionEconomy economy,
      Assessor.Report goals,
      Map<String, List<FollowUps.Earlier>> trend,
      PlanDocument plan,
      ReportLayout layout) {
    this.report = report;
    this.economy = economy;
    this.goals = goals;
    this.trend = trend;
    this.plan = plan;
    this.layout = layout;
  }

  /**
   * What {@code part} prints below its heading, its own headings at {@code level} + 1; empty when
   * the report has nothing for it.
   */
  List<Printed> of(ReportLayout.Part part, int level) {
    return switch (part) {
      case ECONOMY -> economy();
      case BUDGET_CHANGES ->
          report.budgetChanges().isEmpty() ? List.of() : table(changeTable(report, plan));
      case GROSS -> gross();
      case INVESTMENTS -> {
        OccasionEconomy investments = ReportEconomy.investments(report, plan);
        yield investments.lines().isEmpty()
            ? List.of()
            : table(investmentTable(investments, report.investmentUnit()));
      }
      case GOALS ->
          coversGoals() && !goals.goals().isEmpty()
              ? table(goalTable(goals, trend, plan, report.assessments()))
              : List.of();
      case INDICATORS -> indicators();
      case COMMITMENTS -> {
        PrintedTable commitments =
            report.occasion().covers(Coverage.GOALS) ? commitmentTable(report, plan) : null;
        yield commitments == null ? List.of() : table(commitments);
      }
      case INTERNAL_CONTROL ->
          report.occasion().covers(Coverage.INTERNAL_CONTROL) && !report.controls().isEmpty()
              ? table(controlTable(report, plan))
              : List.of();
      case OPERATIONAL_MEASURES ->
          report.measureCounts().isEmpty() ? List.of() : table(countTable(report, plan));
      case PROVIDERS ->
          report.providerResults().isEmpty() ? List.of() : table(providerTable(report, plan));
      case COMMENTS -> comments(Math.min(6, level + 1));
    };
  }

  private boolean coversGoals() {
    return report.occasion().covers(Coverage.GOALS) && goals != null;
  }

  private static List<Printed> table(PrintedTable table) {
    return List.of(new Printed.Table(table));
  }

  private List<Printed> economy() {
    List<Printed> printed = new ArrayList<>();
    printed.add(new Printed.Prose(words("followup.print.economyNote")));
    printed.add(new Printed.Table(table(economy, report.unit())));
    if (layout.deviationChart()
        && report.unit() != null
        && economy.lines().stream().anyMatch(l -> l.deviation() != null)) {
      printed.add(
          new Printed.Figure(
              "diagram-avvikelse",
              DeviationChart.of(
                  economy.lines().stream()
                      .map(l -> new DeviationChart.Area(l.name(), l.deviation()))
                      .toList(),
                  report.unit(),
                  "diagram-avvikelse")));
    }
    return printed;
  }

  /**
   * The indicators reported at the occasion against their targets, and where the layout asks for
   * them a chart of each one reported with a number: its values over the years, the occasion's
   * included, against its targets.
   */
  private List<Printed> indicators() {
    PrintedTable indicators =
        coversGoals() && !goals.goals().isEmpty() ? indicatorTable(report, goals, plan) : null;
    if (indicators == null) {
      return List.of();
    }
    List<Printed> printed = new ArrayList<>(table(indicators));
    if (layout.indicatorCharts()) {
      java.util.Set<String> counted = new java.util.HashSet<>();
      report.indicators().stream()
          .filter(e -> e.number() != null)
          .forEach(e -> counted.add(e.indicator()));
      int n = 0;
      for (se.styr.goals.Indicator indicator : ReportGoals.indicatorsAtOccasion(report, plan)) {
        if (counted.contains(indicator.key())) {
          String anchor = "diagram-indikator-" + (n++);
          printed.add(
              new Printed.Figure(anchor, se.styr.charts.IndicatorChart.of(indicator, anchor)));
        }
      }
    }
    return printed;
  }

  private List<Printed> gross() {
    OccasionGross gross = ReportEconomy.gross(report, plan, economy);
    return gross.isEmpty()
        ? List.of()
        : table(grossTable(gross, report.unit(), economy.precision()));
  }

  /** Each area's deviation comment and measures, then each investment project's comment. */
  private List<Printed> comments(int level) {
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
      printed.add(new Printed.Heading(level, line.name(), "k-" + (n++), true));
      if (entry.comment() != null) {
        printed.add(new Printed.Paragraphs(null, TextBlocks.of(entry.comment())));
      }
      if (!entry.measures().isEmpty()) {
        List<TitlePage.Fact> measures = new ArrayList<>();
        for (BalanceMeasure measure : entry.measures()) {
          measures.add(new TitlePage.Fact(measure.description(), measure(measure)));
        }
        printed.add(new Printed.Facts(measures));
      }
    }
    int projects = 0;
    for (EconomyLine line : ReportEconomy.investments(report, plan).lines()) {
      if (line.comment() != null) {
        printed.add(
            new Printed.Heading(
                level,
                words("followup.col.project") + ": " + line.name(),
                "ki-" + (projects++),
                true));
        printed.add(new Printed.Paragraphs(null, TextBlocks.of(line.comment())));
      }
    }
    return printed;
  }

  private static PrintedTable goalTable(
      Assessor.Report goals,
      Map<String, List<FollowUps.Earlier>> trend,
      PlanDocument plan,
      List<ManualAssessment> made) {
    ResultScale scale = plan.goals().chain().settings().scale();
    Map<String, String> why = new HashMap<>();
    made.stream()
        .filter(m -> !m.ofIndicator())
        .forEach(m -> why.put(m.subject(), m.justification() + " (" + m.by() + ")"));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (Assessment goal : goals.goals()) {
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
      FollowUpReport report, Assessor.Report goals, PlanDocument plan) {
    ResultScale scale = plan.goals().chain().settings().scale();
    int year = report.occasion().periodEnd().getYear();
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (Assessment indicator : goals.indicators()) {
      List<String> values =
          report.indicators().stream()
              .filter(e -> e.indicator().equals(indicator.subject()))
              .map(IndicatorEntry::shown)
              .toList();
      if (!values.isEmpty()) {
        rows.add(
            new PrintedTable.Row(
                    List.of(
                        indicator.name(),
                        ReportGoals.targets(report, plan, indicator.subject()),
                        String.join("; ", values),
                        scale.shown(indicator).swedish()),
                    PrintedTable.RowKind.ITEM,
                    0)
                .withLight(3, scale.shown(indicator).colour()));
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
            new PrintedTable.Column(
                DocumentWords.get("document.indicator.target", String.valueOf(year)), false),
            new PrintedTable.Column(words("followup.page.values"), false),
            new PrintedTable.Column(words("followup.page.assessment"), false)),
        rows,
        List.of(),
        false);
  }

  /** The operational measures counted at the occasion, per period. */
  private static PrintedTable countTable(FollowUpReport report, PlanDocument plan) {
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (MeasureCount count : report.measureCounts()) {
      String name =
          plan.followUp().measures().stream()
              .filter(m -> m.key().equals(count.measure()))
              .map(OperationalMeasure::name)
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
    for (ProviderResult result : report.providerResults()) {
      String operation =
          plan.followUp().providers().stream()
              .filter(p -> p.key().equals(result.provider()))
              .map(Provider::operation)
              .findFirst()
              .orElse(result.provider());
      rows.add(
          new PrintedTable.Row(
              List.of(
                  operation,
                  result.checked().toString(),
                  result.what() == null ? "" : result.what(),
                  words("followup.outcome." + FileWords.of(result.outcome())),
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
    Map<String, String> names = new HashMap<>();
    plan.areas().forEach(a -> names.put(a.key(), a.name()));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (BudgetChange change : report.budgetChanges()) {
      rows.add(
          new PrintedTable.Row(
              List.of(
                  change.decided() + (change.paragraph() == null ? "" : ", " + change.paragraph()),
                  change.kind() == null
                      ? ""
                      : words("followup.changeKind." + change.kind().fileName()),
                  change.from() == null ? "" : names.getOrDefault(change.from(), change.from()),
                  change.to() == null ? "" : names.getOrDefault(change.to(), change.to()),
                  SwedishNumbers.format(change.amount()),
                  change.reason()),
              PrintedTable.RowKind.ITEM,
              0));
    }
    // the sum of each kind the changes state, e.g. all the year's volume adjustments together
    Map<BudgetChange.Kind, java.math.BigDecimal> byKind =
        new java.util.EnumMap<>(BudgetChange.Kind.class);
    for (BudgetChange change : report.budgetChanges()) {
      if (change.kind() != null) {
        byKind.merge(change.kind(), change.amount(), java.math.BigDecimal::add);
      }
    }
    byKind.forEach(
        (kind, sum) ->
            rows.add(
                new PrintedTable.Row(
                    List.of(
                        words("followup.print.changeSum"),
                        words("followup.changeKind." + kind.fileName()),
                        "",
                        "",
                        SwedishNumbers.format(sum),
                        ""),
                    PrintedTable.RowKind.SUBTOTAL,
                    0)));
    return new PrintedTable(
        "t-budgetandringar",
        words("followup.page.changes"),
        report.unit(),
        List.of(
            new PrintedTable.Column(words("followup.col.decided"), false),
            new PrintedTable.Column(words("followup.col.kind"), false),
            new PrintedTable.Column(words("followup.col.from"), false),
            new PrintedTable.Column(words("followup.col.to"), false),
            new PrintedTable.Column(words("followup.col.amount"), true),
            new PrintedTable.Column(words("followup.col.reason"), false)),
        rows,
        List.of(words("followup.page.changesHint", report.unit())),
        false);
  }

  /** Gross revenue, cost and net per area: budget, outcome to date and forecast of each. */
  private static PrintedTable grossTable(OccasionGross gross, String unit, int decimals) {
    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(new PrintedTable.Column(words("followup.col.area"), false));
    for (String figure : List.of("budget", "to-date", "forecast")) {
      String when = words("followup.gross.col." + figure);
      columns.add(new PrintedTable.Column(words("followup.gross.revenue", when), true));
      columns.add(new PrintedTable.Column(words("followup.gross.cost", when), true));
      columns.add(new PrintedTable.Column(words("followup.gross.net", when), true));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (OccasionGross.Line line : gross.lines()) {
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

  private static List<String> grossCells(OccasionGross.Line line, String name, int decimals) {
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
    Map<String, se.styr.followup.CommitmentEntry> reported = new HashMap<>();
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
