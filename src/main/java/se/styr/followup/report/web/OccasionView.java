package se.styr.followup.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.styr.charts.DeviationChart;
import se.styr.followup.AreaEconomy;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.report.FollowUps;
import se.styr.shared.SwedishNumbers;

/**
 * A follow-up occasion as its page shows it: the economy per area and in total, figures in Swedish
 * at the plan's precision (blank where not given), each deviation beside its comment and measures,
 * and what each area still lacks.
 */
record OccasionView(
    long id,
    String title,
    String status,
    boolean open,
    boolean demo,
    String periodEnd,
    String deadline,
    String reportedTo,
    String decision,
    String unit,
    int lockVersion,
    List<Row> rows,
    Row total,
    List<Missing> missing,
    boolean coversGoals,
    List<Assessed> goals,
    List<Assessed> indicators,
    boolean coversControls,
    List<Control> controls,
    String investmentUnit,
    List<Row> projects,
    Row projectTotal,
    List<Commitment> commitments,
    List<GrossRow> gross,
    GrossRow grossTotal,
    List<Change> changes,
    List<Area> areas,
    List<Count> counts,
    List<ProviderCheck> providers,
    List<Tally> goalTally,
    List<Tally> controlTally,
    List<DeviationChart.Area> deviations,
    int reportVersion,
    String correctionReason) {

  /** How many goals (or controls) show one light: its badge, its word, the count. */
  record Tally(String badge, se.styr.shared.Text word, int count) {}

  /** A goal's result at an earlier occasion of the year, as a light: the occasion and the light. */
  record Light(String occasion, String badge, se.styr.shared.Text word) {}

  /** An operational measure's count as shown: the measure by name, period, value or why missing. */
  record Count(String name, String area, String period, String value) {}

  /** A provider's follow-up as shown, with the light of its outcome. */
  record ProviderCheck(
      String operation,
      String checked,
      String what,
      String badge,
      String outcome,
      String deviations) {}

  /** A budget change as its list shows it: areas by name, the amount in Swedish. */
  record Change(
      String decided,
      String paragraph,
      String from,
      String to,
      String amount,
      String reason,
      String kind) {}

  /** An operational area of the plan, for a form's choice. */
  record Area(String key, String name) {}

  /**
   * An area's gross revenue and cost beside its net, as printed: the nine figures in the order of
   * {@link se.styr.followup.report.OccasionGross#COLUMNS}, and for a figure that does not add up
   * what it should be.
   */
  record GrossRow(String area, String name, List<GrossCell> cells) {}

  /** A printed gross figure and, where it does not add up, what the plan's relation gives. */
  record GrossCell(String figure, String computed) {}

  /**
   * A commitment of the plan and where it stands at the occasion: its kind and name, its status
   * (the plan's where nothing is reported yet) and comment, and the key its form posts.
   */
  record Commitment(
      String kind,
      String key,
      String name,
      String goal,
      String status,
      boolean reported,
      String comment) {
    /** The form's value naming it: {@code activity/trygg-hemgang}. */
    public String ref() {
      return kind + "/" + key;
    }
  }

  /** A control's result at the occasion: the control as the plan names it, its light, findings. */
  record Control(String name, String badge, String light, String found, List<String> actions) {}

  /**
   * A goal or indicator as assessed at the occasion: its name, level, the badge and word of the
   * plan's scale, for an indicator the values reported at the occasion, and who assessed it and why
   * where a person did ({@code why}; null where the plan's rules did).
   */
  record Assessed(
      String anchor,
      String name,
      String level,
      String badge,
      se.styr.shared.Text word,
      String values,
      String targets,
      List<Light> trend,
      se.styr.shared.Text why) {}

  /** One area's line: figures as printed, and what is missing. */
  record Row(
      String area,
      String name,
      String budget,
      String budgetToDate,
      String outcomeToDate,
      String outcomeToDateLastYear,
      String forecast,
      String deviation,
      String deviationPercent,
      boolean deficit,
      String previousForecast,
      String linearProjection,
      String profileProjection,
      boolean forecastFar,
      boolean commentRequired,
      String comment,
      List<String> measures,
      List<String> gaps,
      boolean editable,
      boolean subtotal) {}

  /** An area and what it lacks, for the controller's progress list. */
  record Missing(String area, String name, String kind) {}

  static OccasionView of(FollowUps.Loaded loaded, java.util.function.Predicate<String> editable) {
    return of(loaded, editable, Map.of());
  }

  static OccasionView of(
      FollowUps.Loaded loaded,
      java.util.function.Predicate<String> editable,
      Map<String, List<FollowUps.Earlier>> trend) {
    var report = loaded.report();
    OccasionEconomy economy = loaded.economy();
    int decimals = economy.precision();
    Map<String, List<String>> gaps =
        economy.gaps().stream()
            .collect(
                Collectors.groupingBy(
                    OccasionEconomy.Gap::area,
                    Collectors.mapping(g -> g.kind().name(), Collectors.toList())));
    Map<String, AreaEconomy> entries =
        report.economy().stream().collect(Collectors.toMap(AreaEconomy::area, a -> a, (a, b) -> a));
    List<Row> rows = new ArrayList<>();
    Map<String, String> names = new java.util.HashMap<>();
    for (EconomyLine line : economy.lines()) {
      names.put(line.area(), line.name());
      AreaEconomy entry = entries.get(line.area());
      rows.add(
          row(
              line,
              decimals,
              entry == null
                  ? List.of()
                  : entry.measures().stream().map(OccasionView::measure).toList(),
              gaps.getOrDefault(line.area(), List.of()),
              report.status().takesEntries() && editable.test(line.area())));
      for (OccasionEconomy.Subtotal subtotal : economy.subtotals()) {
        if (line.area().equals(subtotal.after())) {
          rows.add(subtotal(row(subtotal.line(), decimals, List.of(), List.of(), false)));
        }
      }
    }
    var decision = report.reported();
    return new OccasionView(
        loaded.stored().id(),
        report.occasion().title(),
        report.status().name(),
        report.status().takesEntries(),
        report.demo(),
        report.occasion().periodEnd().toString(),
        report.occasion().deadline() == null ? null : report.occasion().deadline().toString(),
        report.occasion().reportedTo(),
        decision == null
            ? null
            : String.join(
                ", ",
                java.util.stream.Stream.of(
                        decision.date().toString(), decision.paragraph(), decision.dnr())
                    .filter(java.util.Objects::nonNull)
                    .toList()),
        report.unit(),
        loaded.stored().lockVersion(),
        rows,
        row(economy.total(), decimals, List.of(), List.of(), false),
        economy.gaps().stream()
            .map(
                g -> new Missing(g.area(), names.getOrDefault(g.area(), g.area()), g.kind().name()))
            .toList(),
        report.occasion().covers(se.styr.followup.Coverage.GOALS),
        loaded.goals().goals().stream().map(a -> assessed(a, loaded, "", "", trend)).toList(),
        loaded.goals().indicators().stream()
            .filter(
                a -> report.indicators().stream().anyMatch(e -> e.indicator().equals(a.subject())))
            .map(
                a ->
                    assessed(
                        a,
                        loaded,
                        values(report, a.subject()),
                        se.styr.followup.report.ReportGoals.targets(
                            report, loaded.plan(), a.subject()),
                        trend))
            .toList(),
        report.occasion().covers(se.styr.followup.Coverage.INTERNAL_CONTROL),
        report.controls().stream().map(c -> control(c, loaded)).toList(),
        report.investmentUnit(),
        projects(loaded),
        row(
            loaded.investments().total(),
            loaded.investments().precision(),
            List.of(),
            List.of(),
            false),
        commitments(loaded),
        loaded.gross().lines().stream().map(l -> gross(l, loaded.gross(), decimals)).toList(),
        loaded.gross().isEmpty() ? null : gross(loaded.gross().total(), loaded.gross(), decimals),
        report.budgetChanges().stream().map(c -> change(c, names)).toList(),
        loaded.plan().areas().stream().map(a -> new Area(a.key(), a.name())).toList(),
        report.measureCounts().stream().map(c -> count(c, loaded, names)).toList(),
        report.providerResults().stream().map(p -> provider(p, loaded)).toList(),
        goalTally(loaded),
        controlTally(report),
        economy.lines().stream()
            .map(l -> new DeviationChart.Area(l.name(), l.deviation()))
            .toList(),
        report.version(),
        report.reason());
  }

  /** The goals by their light at the occasion, in the order of the plan's scale, best first. */
  private static List<Tally> goalTally(FollowUps.Loaded loaded) {
    se.styr.goals.ResultScale scale = loaded.plan().goals().chain().settings().scale();
    Map<se.styr.goals.ResultScale.Shown, Tally> tally = new java.util.LinkedHashMap<>();
    for (se.styr.goals.Assessment assessment : loaded.goals().goals()) {
      se.styr.goals.ResultScale.Shown shown = scale.shown(assessment);
      tally.merge(
          shown,
          new Tally(shown.badge(), shown.word(), 1),
          (a, b) -> new Tally(a.badge(), a.word(), a.count() + 1));
    }
    return tally.values().stream()
        .sorted(java.util.Comparator.comparingInt(t -> badgeOrder(t.badge())))
        .toList();
  }

  /** The control results by light: without deviation, with deviation, not performed. */
  private static List<Tally> controlTally(se.styr.followup.report.FollowUpReport report) {
    List<Tally> tally = new ArrayList<>();
    for (se.styr.followup.ControlResult.Light light :
        se.styr.followup.ControlResult.Light.values()) {
      List<se.styr.followup.ControlResult> shown =
          report.controls().stream().filter(c -> c.light() == light).toList();
      if (!shown.isEmpty()) {
        tally.add(
            new Tally(
                shown.get(0).badge(),
                se.styr.shared.Text.of("followup.light." + light.name()),
                shown.size()));
      }
    }
    return tally;
  }

  private static int badgeOrder(String badge) {
    int at = List.of("met", "partly_met", "not_met", "not_assessed").indexOf(badge);
    return at < 0 ? 4 : at;
  }

  private static Count count(
      se.styr.followup.MeasureCount count, FollowUps.Loaded loaded, Map<String, String> areas) {
    var measure =
        loaded.plan().followUp().measures().stream()
            .filter(m -> m.key().equals(count.measure()))
            .findFirst();
    return new Count(
        measure.map(se.styr.followup.OperationalMeasure::name).orElse(count.measure()),
        measure.map(m -> m.area() == null ? "" : areas.getOrDefault(m.area(), m.area())).orElse(""),
        count.period(),
        count.missing()
            ? se.styr.shared.Text.of("followup.page.missingValue", count.reason()).swedish()
            : SwedishNumbers.format(count.value()));
  }

  private static ProviderCheck provider(
      se.styr.followup.ProviderResult result, FollowUps.Loaded loaded) {
    String operation =
        loaded.plan().followUp().providers().stream()
            .filter(p -> p.key().equals(result.provider()))
            .map(se.styr.followup.Provider::operation)
            .findFirst()
            .orElse(result.provider());
    boolean deviation = result.outcome() == se.styr.followup.ControlResult.Outcome.DEVIATION;
    return new ProviderCheck(
        operation,
        result.checked().toString(),
        result.what(),
        deviation ? "not_met" : "met",
        se.styr.shared.FileWords.of(result.outcome()),
        result.deviations());
  }

  private static Change change(se.styr.followup.BudgetChange change, Map<String, String> names) {
    return new Change(
        change.decided().toString(),
        change.paragraph(),
        change.from() == null ? "" : names.getOrDefault(change.from(), change.from()),
        change.to() == null ? "" : names.getOrDefault(change.to(), change.to()),
        SwedishNumbers.format(change.amount()),
        change.reason(),
        change.kind() == null ? null : change.kind().fileName());
  }

  private static GrossRow gross(
      se.styr.followup.report.OccasionGross.Line line,
      se.styr.followup.report.OccasionGross gross,
      int decimals) {
    List<BigDecimal> figures =
        java.util.Arrays.asList(
            line.revenue().budget(),
            line.cost().budget(),
            line.netBudget(),
            line.revenue().outcomeToDate(),
            line.cost().outcomeToDate(),
            line.netToDate(),
            line.revenue().forecast(),
            line.cost().forecast(),
            line.netForecast());
    List<se.styr.checks.Finding> findings = line.area() == null ? List.of() : gross.at(line.area());
    List<GrossCell> cells = new ArrayList<>();
    for (int c = 0; c < figures.size(); c++) {
      String column = se.styr.followup.report.OccasionGross.COLUMNS.get(c);
      cells.add(
          new GrossCell(
              figure(figures.get(c), decimals),
              findings.stream()
                  .filter(f -> column.equals(f.columnKey()))
                  .map(f -> figure(f.computed(), decimals))
                  .findFirst()
                  .orElse(null)));
    }
    return new GrossRow(line.area(), line.name(), cells);
  }

  private static List<Row> projects(FollowUps.Loaded loaded) {
    OccasionEconomy investments = loaded.investments();
    int decimals = investments.precision();
    Map<String, List<String>> gaps =
        investments.gaps().stream()
            .collect(
                Collectors.groupingBy(
                    OccasionEconomy.Gap::area,
                    Collectors.mapping(g -> g.kind().name(), Collectors.toList())));
    return investments.lines().stream()
        .map(
            line ->
                row(
                    line,
                    decimals,
                    List.of(),
                    gaps.getOrDefault(line.area(), List.of()),
                    loaded.report().status().takesEntries()))
        .toList();
  }

  /** Every commitment of the plan, with the status reported at the occasion or the plan's. */
  static List<Commitment> commitments(FollowUps.Loaded loaded) {
    Map<String, se.styr.followup.CommitmentEntry> reported = new java.util.HashMap<>();
    loaded.report().commitments().forEach(c -> reported.put(c.kind() + "/" + c.key(), c));
    return se.styr.followup.report.PlanCommitments.of(loaded.plan().goals()).stream()
        .map(
            planned -> {
              var entry = reported.get(planned.id());
              return new Commitment(
                  planned.kind().fileName(),
                  planned.key(),
                  planned.name(),
                  planned.goal(),
                  (entry == null ? planned.status() : entry.status()).name(),
                  entry != null,
                  entry == null ? null : entry.comment());
            })
        .toList();
  }

  private static Control control(se.styr.followup.ControlResult result, FollowUps.Loaded loaded) {
    String name =
        loaded.plan().followUp().internalControl().risks().stream()
            .filter(r -> r.key().equals(result.control()))
            .map(r -> r.risk() != null ? r.risk() : r.area())
            .findFirst()
            .orElse(result.control());
    return new Control(
        name,
        result.badge(),
        result.light().name(),
        result.found(),
        result.actions().stream().map(OccasionView::action).toList());
  }

  static String action(se.styr.followup.ControlResult.Action action) {
    StringBuilder text = new StringBuilder(action.description());
    if (action.owner() != null) {
      text.append(", ").append(action.owner());
    }
    if (action.due() != null) {
      text.append(", ").append(action.due());
    }
    return text.toString();
  }

  private static Assessed assessed(
      se.styr.goals.Assessment assessment,
      FollowUps.Loaded loaded,
      String values,
      String targets,
      Map<String, List<FollowUps.Earlier>> trend) {
    se.styr.goals.ResultScale scale = loaded.plan().goals().chain().settings().scale();
    se.styr.goals.ResultScale.Shown shown = scale.shown(assessment);
    return new Assessed(
        "o-" + assessment.subject(),
        assessment.name(),
        assessment.level(),
        shown.badge(),
        shown.word(),
        values,
        targets,
        trend.getOrDefault(assessment.subject(), List.of()).stream()
            .map(
                e -> {
                  se.styr.goals.ResultScale.Shown earlier = scale.shown(e.assessment());
                  return new Light(e.occasion(), earlier.badge(), earlier.word());
                })
            .toList(),
        "manual".equals(assessment.explanation().rule())
            ? assessment.explanation().reason()
            : null);
  }

  /** The values reported at the occasion for {@code indicator}: "2025-T2: 66; 2025-08: saknas". */
  private static String values(se.styr.followup.report.FollowUpReport report, String indicator) {
    return report.indicators().stream()
        .filter(e -> e.indicator().equals(indicator))
        .map(se.styr.followup.report.IndicatorEntry::shown)
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private static Row subtotal(Row row) {
    return new Row(
        row.area(),
        row.name(),
        row.budget(),
        row.budgetToDate(),
        row.outcomeToDate(),
        row.outcomeToDateLastYear(),
        row.forecast(),
        row.deviation(),
        row.deviationPercent(),
        row.deficit(),
        row.previousForecast(),
        row.linearProjection(),
        row.profileProjection(),
        false,
        false,
        null,
        List.of(),
        List.of(),
        false,
        true);
  }

  private static Row row(
      EconomyLine line, int decimals, List<String> measures, List<String> gaps, boolean editable) {
    return new Row(
        line.area(),
        line.name(),
        figure(line.budget(), decimals),
        figure(line.budgetToDate(), decimals),
        figure(line.outcomeToDate(), decimals),
        figure(line.outcomeToDateLastYear(), decimals),
        figure(line.forecast(), decimals),
        figure(line.deviation(), decimals),
        line.deviationPercent() == null ? "" : SwedishNumbers.format(line.deviationPercent()),
        line.deviation() != null && line.deviation().signum() < 0,
        figure(line.previousForecast(), decimals),
        figure(line.linearProjection(), decimals),
        figure(line.profileProjection(), decimals),
        line.forecastFar(),
        line.commentRequired(),
        line.comment(),
        measures,
        gaps,
        editable,
        false);
  }

  private static String measure(se.styr.followup.BalanceMeasure measure) {
    StringBuilder text = new StringBuilder(measure.description());
    if (measure.amount() != null) {
      text.append(" (").append(SwedishNumbers.format(measure.amount())).append(')');
    }
    if (measure.owner() != null) {
      text.append(", ").append(measure.owner());
    }
    if (measure.due() != null) {
      text.append(", ").append(measure.due());
    }
    return text.toString();
  }

  static String figure(BigDecimal value, int decimals) {
    return OccasionEconomy.printed(value, decimals);
  }
}
