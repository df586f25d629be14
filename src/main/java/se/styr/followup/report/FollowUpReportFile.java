package se.styr.followup.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.BudgetChange;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.Coverage;
import se.styr.followup.GrossEconomy;
import se.styr.followup.MeasureCount;
import se.styr.followup.Occasion;
import se.styr.followup.OccasionStatus;
import se.styr.followup.Periodisation;
import se.styr.followup.ProjectEconomy;
import se.styr.followup.ProviderResult;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.ManualAssessment;
import se.styr.goals.Quantity;
import se.styr.goals.Result;
import se.styr.shared.FileWords;
import se.styr.shared.Status;
import se.styr.shared.Text;
import se.styr.shared.yaml.YamlFile;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlNodes.Fields;
import se.styr.shared.yaml.YamlReading;
import se.styr.shared.yaml.YamlText;
import se.styr.version.Decision;

/**
 * The follow-up report file ({@code format: styr-followup/1}, docs/followup-format.md): read with
 * every problem named by line and column, nothing returned if any; written in canonical form, so
 * that a report written, read and written again is byte-identical.
 */
public final class FollowUpReportFile {
  public static final String FORMAT = "styr-followup/1";

  static final String HEADER =
      "# Styr follow-up report. Format: docs/followup-format.md"
          + " (schema: docs/followup-file.schema.json)\n";

  private static final Text FILE = Text.of("followup.report.file");
  private static final Text AREA = Text.of("followup.report.area");
  private static final Text MEASURE = Text.of("followup.report.measure");

  private FollowUpReportFile() {}

  /** Reads a report on its own, without the plan it follows up. */
  public static FollowUpReport read(String file, String text) {
    return YamlFile.read(file, text, FILE, FollowUpReportFile::report);
  }

  /**
   * Reads a report of {@code plan}: besides the file's own problems, everything it must agree with
   * in the plan ({@link ReportRules}), each at its line.
   */
  public static FollowUpReport read(String file, String text, se.styr.plan.PlanDocument plan) {
    return YamlFile.read(
        file,
        text,
        FILE,
        (map, reading) -> {
          FollowUpReport report = report(map, reading);
          if (report != null) {
            reading.report(ReportRules.check(report, plan), map.node());
          }
          return report;
        });
  }

  private static FollowUpReport report(YamlMap map, YamlReading reading) {
    map.allowOnly(
        Set.of(
            "format",
            "demo",
            "plan",
            "occasion",
            "status",
            "reported",
            "report",
            "economy",
            "indicators",
            "controls",
            "investments",
            "commitments",
            "budgetChanges",
            "operationalMeasures",
            "providers",
            "assessments"));
    String format = map.text("format", true);
    if (format != null && !format.equals(FORMAT)) {
      map.problem("format", Text.of("followup.report.format", format, FORMAT));
      return null;
    }
    boolean demo = map.flag("demo", false);
    PlanReference plan = map.map("plan", true).map(m -> plan(m, reading)).orElse(null);
    map.field("plan").ifPresent(n -> reading.locations().field("plan", n));
    Occasion occasion = map.map("occasion", true).map(m -> occasion(m, reading)).orElse(null);
    OccasionStatus status = map.word("status", false, OccasionStatus.class);
    Decision reported = map.map("reported", false).map(FollowUpReportFile::decision).orElse(null);
    Optional<YamlMap> report = map.map("report", false);
    report.ifPresent(r -> r.allowOnly(Set.of("version", "reason")));
    Integer version = report.map(r -> r.integer("version", true)).orElse(1);
    String reason = report.map(r -> r.text("reason", false)).orElse(null);
    Optional<YamlMap> economy = map.map("economy", false);
    economy.ifPresent(e -> e.allowOnly(Set.of("unit", "areas")));
    String unit = economy.map(e -> e.text("unit", true)).orElse(null);
    List<AreaEconomy> areas = economy.map(e -> areas(e, reading)).orElse(List.of());
    List<IndicatorEntry> indicators = indicators(map, reading);
    List<se.styr.followup.ControlResult> controls = controls(map, reading);
    Optional<YamlMap> investments = map.map("investments", false);
    investments.ifPresent(i -> i.allowOnly(Set.of("unit", "projects")));
    String investmentUnit = investments.map(i -> i.text("unit", true)).orElse(null);
    List<ProjectEconomy> projects = investments.map(i -> projects(i, reading)).orElse(List.of());
    List<CommitmentEntry> commitments = commitments(map, reading);
    List<BudgetChange> changes = changes(map, reading);
    List<MeasureCount> counts = counts(map, reading);
    List<ProviderResult> providers = providers(map, reading);
    List<ManualAssessment> assessments =
        assessments(map, reading, occasion == null ? 0 : occasion.year());
    if (plan == null || occasion == null || version == null) {
      return null;
    }
    return reading.build(
        map.node(),
        null,
        () ->
            new FollowUpReport(
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
                projects,
                commitments,
                changes,
                counts,
                providers,
                assessments));
  }

  private static final Text ASSESSMENT = Text.of("followup.report.assessmentEntry");

  /**
   * The goals and indicators a person assessed at the occasion, for its year: the goal or
   * indicator, the result, who and why (and when).
   */
  private static List<ManualAssessment> assessments(YamlMap report, YamlReading reading, int year) {
    List<ManualAssessment> made = new ArrayList<>();
    for (Node node : report.list("assessments", false)) {
      YamlMap.of(node, ASSESSMENT, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(Set.of("goal", "indicator", "result", "by", "date", "justification"));
                if (map.has("goal") == map.has("indicator")) {
                  map.problem("goal", Text.of("followup.report.assessmentSubject"));
                  return;
                }
                boolean ofIndicator = map.has("indicator");
                String field = ofIndicator ? "indicator" : "goal";
                String subject = map.text(field, true);
                Result result =
                    map.choice(
                        "result",
                        true,
                        Result::parseManual,
                        List.of("met", "partly_met", "not_met", "not_assessed"));
                String by = map.text("by", false);
                LocalDate date = map.date("date");
                String justification = map.text("justification", false);
                if (subject != null && result != null) {
                  reading.locate(
                      "assessments/" + field + "/" + subject,
                      node,
                      map,
                      field,
                      "date",
                      "by",
                      "justification");
                  reading.add(
                      made,
                      node,
                      se.styr.shared.yaml.Where.item(ASSESSMENT, subject),
                      () ->
                          new ManualAssessment(
                              subject, ofIndicator, year, result, by, date, justification));
                }
              });
    }
    return made;
  }

  private static final Text COUNT = Text.of("followup.report.measureEntry");

  private static List<MeasureCount> counts(YamlMap report, YamlReading reading) {
    List<MeasureCount> counts = new ArrayList<>();
    for (Node node : report.list("operationalMeasures", false)) {
      YamlMap.of(node, COUNT, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(Set.of("measure", "period", "value", "missing", "reason"));
                String measure = map.text("measure", true);
                String period = map.text("period", true);
                BigDecimal value = map.decimal("value", false);
                boolean missing = map.flag("missing", false);
                String reason = map.text("reason", false);
                if (measure != null && period != null) {
                  reading.locate(
                      "operationalMeasures/" + measure + "/" + period, node, map, "period");
                  reading.add(
                      counts,
                      node,
                      se.styr.shared.yaml.Where.item(COUNT, measure + " " + period),
                      () -> new MeasureCount(measure, period, value, missing, reason));
                }
              });
    }
    return counts;
  }

  private static final Text PROVIDER = Text.of("followup.report.providerEntry");

  private static List<ProviderResult> providers(YamlMap report, YamlReading reading) {
    List<ProviderResult> results = new ArrayList<>();
    for (Node node : report.list("providers", false)) {
      YamlMap.of(node, PROVIDER, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(Set.of("provider", "checked", "what", "outcome", "deviations"));
                String provider = map.text("provider", true);
                LocalDate checked = map.date("checked");
                String what = map.text("what", false);
                se.styr.followup.ControlResult.Outcome outcome =
                    map.word("outcome", false, se.styr.followup.ControlResult.Outcome.class);
                String deviations = map.text("deviations", false);
                if (provider != null) {
                  reading.locate(
                      "providers/" + provider + "/" + checked, node, map, "provider", "checked");
                  reading.add(
                      results,
                      node,
                      se.styr.shared.yaml.Where.item(PROVIDER, provider),
                      () -> new ProviderResult(provider, checked, what, outcome, deviations));
                }
              });
    }
    return results;
  }

  private static final Text CHANGE = Text.of("followup.change.entry");

  private static List<BudgetChange> changes(YamlMap report, YamlReading reading) {
    List<BudgetChange> changes = new ArrayList<>();
    int n = 0;
    for (Node node : report.list("budgetChanges", false)) {
      int index = n++;
      YamlMap.of(node, CHANGE, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(
                    Set.of("from", "to", "amount", "decided", "paragraph", "reason", "kind"));
                String from = map.text("from", false);
                String to = map.text("to", false);
                BigDecimal amount = map.decimal("amount", true);
                LocalDate decided = map.date("decided");
                if (decided == null && !map.has("decided")) {
                  map.problem("decided", Text.of("file.missingField", map.what(), "decided"));
                }
                String paragraph = map.text("paragraph", false);
                String reason = map.text("reason", false);
                BudgetChange.Kind kind = map.word("kind", false, BudgetChange.Kind.class);
                boolean kindRight = kind != null || !map.has("kind");
                reading.locate("budgetChanges/" + index, node, map, "from", "to", "decided");
                if (amount != null && decided != null && kindRight) {
                  reading.add(
                      changes,
                      node,
                      CHANGE,
                      () -> new BudgetChange(from, to, amount, decided, paragraph, reason, kind));
                }
              });
    }
    return changes;
  }

  private static final Text PROJECT = Text.of("followup.report.projectEntry");

  private static List<ProjectEconomy> projects(YamlMap investments, YamlReading reading) {
    List<ProjectEconomy> projects = new ArrayList<>();
    for (Node node : investments.list("projects", false)) {
      YamlMap.of(node, PROJECT, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(
                    Set.of("project", "name", "budget", "outcomeToDate", "forecast", "comment"));
                String project = map.text("project", true);
                String name = map.text("name", false);
                BigDecimal budget = map.decimal("budget", false);
                BigDecimal outcome = map.decimal("outcomeToDate", false);
                BigDecimal forecast = map.decimal("forecast", false);
                String comment = map.text("comment", false);
                if (project != null) {
                  reading.locate("investments/" + project, node, map, "project");
                  reading.add(
                      projects,
                      node,
                      se.styr.shared.yaml.Where.item(PROJECT, project),
                      () -> new ProjectEconomy(project, name, budget, outcome, forecast, comment));
                }
              });
    }
    return projects;
  }

  private static final Text COMMITMENT = Text.of("followup.report.commitmentEntry");

  private static List<CommitmentEntry> commitments(YamlMap report, YamlReading reading) {
    List<CommitmentEntry> entries = new ArrayList<>();
    Set<String> fields = new java.util.HashSet<>(Set.of("status", "comment"));
    for (CommitmentEntry.Kind kind : CommitmentEntry.Kind.values()) {
      fields.add(kind.field());
    }
    for (Node node : report.list("commitments", false)) {
      YamlMap.of(node, COMMITMENT, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(fields);
                List<CommitmentEntry.Kind> named =
                    Arrays.stream(CommitmentEntry.Kind.values())
                        .filter(k -> map.has(k.field()))
                        .toList();
                Status status = map.word("status", true, Status.class);
                String comment = map.text("comment", false);
                if (named.size() != 1) {
                  reading
                      .problems()
                      .add(
                          node,
                          se.styr.shared.yaml.Where.at(
                              COMMITMENT, Text.of("followup.report.commitmentKind")));
                  return;
                }
                CommitmentEntry.Kind kind = named.get(0);
                String key = map.text(kind.field(), true);
                if (key != null && status != null) {
                  reading.locate(
                      "commitments/" + kind.fileName() + "/" + key, node, map, kind.field());
                  reading.add(
                      entries,
                      node,
                      se.styr.shared.yaml.Where.item(COMMITMENT, key),
                      () -> new CommitmentEntry(kind, key, status, comment));
                }
              });
    }
    return entries;
  }

  private static final Text CONTROL = Text.of("followup.report.controlEntry");

  private static List<se.styr.followup.ControlResult> controls(
      YamlMap report, YamlReading reading) {
    List<se.styr.followup.ControlResult> results = new ArrayList<>();
    for (Node node : report.list("controls", false)) {
      YamlMap.of(node, CONTROL, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(Set.of("control", "performed", "outcome", "found", "actions"));
                String control = map.text("control", true);
                boolean performed = map.flag("performed", true);
                se.styr.followup.ControlResult.Outcome outcome =
                    map.word("outcome", false, se.styr.followup.ControlResult.Outcome.class);
                String found = map.text("found", false);
                List<se.styr.followup.ControlResult.Action> actions = new ArrayList<>();
                for (Node action : map.list("actions", false)) {
                  YamlMap.of(action, CONTROL, reading.problems())
                      .ifPresent(
                          a -> {
                            a.allowOnly(Set.of("description", "owner", "due"));
                            String description = a.text("description", true);
                            String owner = a.text("owner", false);
                            LocalDate due = a.date("due");
                            reading.add(
                                actions,
                                action,
                                CONTROL,
                                () ->
                                    new se.styr.followup.ControlResult.Action(
                                        description, owner, due));
                          });
                }
                if (control != null) {
                  reading.locate("controls/" + control, node, map, "control");
                  reading.add(
                      results,
                      node,
                      se.styr.shared.yaml.Where.item(CONTROL, control),
                      () ->
                          new se.styr.followup.ControlResult(
                              control, performed, outcome, found, actions));
                }
              });
    }
    return results;
  }

  private static final Text INDICATOR = Text.of("followup.report.indicatorEntry");

  private static List<IndicatorEntry> indicators(YamlMap report, YamlReading reading) {
    List<IndicatorEntry> entries = new ArrayList<>();
    for (Node node : report.list("indicators", false)) {
      YamlMap.of(node, INDICATOR, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(
                    Set.of(
                        "indicator",
                        "period",
                        "value",
                        "printed",
                        "missing",
                        "reason",
                        "source",
                        "measuredOn"));
                String indicator = map.text("indicator", true);
                String period = map.text("period", true);
                Quantity value = quantity(map);
                boolean missing = map.flag("missing", false);
                String printed = map.text("printed", false);
                String reason = map.text("reason", false);
                String source = map.text("source", false);
                LocalDate measured = map.date("measuredOn");
                if (indicator != null && period != null && (value != null || !map.has("value"))) {
                  reading.locate(
                      "indicators/" + indicator + "/" + period, node, map, "period", "value");
                  reading.add(
                      entries,
                      node,
                      se.styr.shared.yaml.Where.item(INDICATOR, indicator + " " + period),
                      () ->
                          new IndicatorEntry(
                              indicator, period, printed, value, missing, reason, source,
                              measured));
                }
              });
    }
    return entries;
  }

  /**
   * An indicator's value as the plan file writes it: a number, true or false (a yes or no), or a
   * count out of a set ('3/5').
   */
  private static Quantity quantity(YamlMap map) {
    Optional<Node> node = map.field("value");
    if (node.isEmpty()) {
      return null;
    }
    String text =
        node.get() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar
            ? scalar.getValue().strip()
            : "";
    if (text.equals("true") || text.equals("false") || text.matches("\\d+/\\d+")) {
      Optional<Quantity> value = Quantity.parse(text);
      if (value.isEmpty()) {
        map.problem("value", Text.of("followup.indicator.notShare", text));
      }
      return value.orElse(null);
    }
    BigDecimal number = map.decimal("value", false);
    return number == null ? null : new Quantity.Amount(number);
  }

  private static PlanReference plan(YamlMap map, YamlReading reading) {
    map.allowOnly(Set.of("municipality", "committee", "budgetYear", "version"));
    String municipality = map.text("municipality", true);
    String committee = map.text("committee", true);
    Integer year = map.year("budgetYear", true);
    Integer version = map.integer("version", true);
    if (municipality == null || committee == null || year == null || version == null) {
      return null;
    }
    return reading.build(
        map.node(), null, () -> new PlanReference(municipality, committee, year, version));
  }

  private static Occasion occasion(YamlMap map, YamlReading reading) {
    map.allowOnly(Set.of("key", "kind", "title", "periodEnd", "deadline", "covers", "reportedTo"));
    reading.locate("occasion", map.node(), map, "periodEnd");
    String key = map.text("key", true);
    ReportingOccasion kind = map.word("kind", true, ReportingOccasion.class);
    String title = map.text("title", true);
    LocalDate end = map.date("periodEnd");
    if (end == null && !map.has("periodEnd")) {
      map.problem("periodEnd", Text.of("file.missingField", map.what(), "periodEnd"));
    }
    LocalDate deadline = map.date("deadline");
    EnumSet<Coverage> covers = EnumSet.noneOf(Coverage.class);
    boolean known = true;
    for (String word : map.texts("covers")) {
      Optional<Coverage> parsed = FileWords.parse(Coverage.class, word);
      if (parsed.isEmpty()) {
        map.problem(
            "covers", Text.of("followup.calendar.covers", word, FileWords.all(Coverage.class)));
        known = false;
      } else {
        covers.add(parsed.get());
      }
    }
    String body = map.text("reportedTo", false);
    if (key == null || kind == null || title == null || end == null || !known) {
      return null;
    }
    return reading.build(
        map.node(), null, () -> new Occasion(key, kind, title, end, deadline, covers, body));
  }

  private static Decision decision(YamlMap map) {
    map.allowOnly(Set.of("date", "paragraph", "dnr", "body"));
    LocalDate date = map.date("date");
    if (date == null) {
      map.problem("date", Text.of("file.missingField", map.what(), "date"));
      return null;
    }
    return new Decision(
        date,
        map.text("paragraph", false),
        map.text("dnr", false),
        map.text("body", false),
        List.of(),
        null);
  }

  private static List<AreaEconomy> areas(YamlMap economy, YamlReading reading) {
    List<AreaEconomy> areas = new ArrayList<>();
    for (Node node : economy.list("areas", false)) {
      YamlMap.of(node, AREA, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(
                    Set.of(
                        "area",
                        "name",
                        "budget",
                        "profile",
                        "outcomeToDate",
                        "outcomeToDateLastYear",
                        "outcomeLastYear",
                        "forecast",
                        "previousForecast",
                        "comment",
                        "measures",
                        "revenue",
                        "cost"));
                String area = map.text("area", true);
                GrossEconomy.Figures revenue = gross(map, "revenue");
                GrossEconomy.Figures cost = gross(map, "cost");
                reading.locate("economy/" + area, node, map, "area");
                Periodisation profile = profile(map, node, reading);
                List<BalanceMeasure> measures = measures(map, reading);
                BigDecimal budget = map.decimal("budget", false);
                BigDecimal outcome = map.decimal("outcomeToDate", false);
                BigDecimal outcomeBefore = map.decimal("outcomeToDateLastYear", false);
                BigDecimal lastYear = map.decimal("outcomeLastYear", false);
                BigDecimal forecast = map.decimal("forecast", false);
                BigDecimal previous = map.decimal("previousForecast", false);
                String comment = map.text("comment", false);
                String name = map.text("name", false);
                if (area != null) {
                  reading.add(
                      areas,
                      node,
                      se.styr.shared.yaml.Where.item(AREA, area),
                      () ->
                          new AreaEconomy(
                              area,
                              name,
                              budget,
                              profile,
                              outcome,
                              outcomeBefore,
                              lastYear,
                              forecast,
                              previous,
                              comment,
                              measures,
                              new GrossEconomy(revenue, cost)));
                }
              });
    }
    return areas;
  }

  /** An area's gross revenue or cost: {@code {budget, outcomeToDate, forecast}}. */
  private static GrossEconomy.Figures gross(YamlMap area, String field) {
    return area.map(field, false)
        .map(
            m -> {
              m.allowOnly(Set.of("budget", "outcomeToDate", "forecast"));
              return new GrossEconomy.Figures(
                  m.decimal("budget", false),
                  m.decimal("outcomeToDate", false),
                  m.decimal("forecast", false));
            })
        .orElse(null);
  }

  private static Node gross(GrossEconomy.Figures figures) {
    if (figures.isEmpty()) {
      return null;
    }
    return Fields.flow()
        .number("budget", figures.budget())
        .number("outcomeToDate", figures.outcomeToDate())
        .number("forecast", figures.forecast())
        .node();
  }

  private static Periodisation profile(YamlMap map, Node node, YamlReading reading) {
    Optional<Node> field = map.field("profile");
    if (field.isEmpty()) {
      return null;
    }
    List<BigDecimal> weights = new ArrayList<>();
    for (Node weight : map.list("profile", false)) {
      BigDecimal value =
          se.styr.shared.yaml.YamlNumbers.number(
              weight, se.styr.shared.yaml.Where.field(map.what(), "profile"), reading.problems());
      if (value == null) {
        return null;
      }
      weights.add(value);
    }
    return reading.build(field.get(), map.what(), () -> new Periodisation.Profile(weights));
  }

  private static List<BalanceMeasure> measures(YamlMap area, YamlReading reading) {
    List<BalanceMeasure> measures = new ArrayList<>();
    for (Node node : area.list("measures", false)) {
      YamlMap.of(node, MEASURE, reading.problems())
          .ifPresent(
              map -> {
                map.allowOnly(Set.of("description", "amount", "owner", "due", "status"));
                String description = map.text("description", true);
                BigDecimal amount = map.decimal("amount", false);
                String owner = map.text("owner", false);
                LocalDate due = map.date("due");
                BalanceMeasure.Status status =
                    map.word("status", false, BalanceMeasure.Status.class);
                if (description != null) {
                  reading.add(
                      measures,
                      node,
                      MEASURE,
                      () -> new BalanceMeasure(description, amount, owner, due, status));
                }
              });
    }
    return measures;
  }

  /** The report in canonical form. */
  public static String write(FollowUpReport report) {
    Occasion occasion = report.occasion();
    Fields root =
        Fields.block()
            .text("format", FORMAT)
            .flag("demo", report.demo(), false)
            .put(
                "plan",
                Fields.flow()
                    .text("municipality", report.plan().municipality())
                    .text("committee", report.plan().committee())
                    .number("budgetYear", report.plan().budgetYear())
                    .number("version", report.plan().version())
                    .node())
            .put(
                "occasion",
                Fields.block()
                    .text("key", occasion.key())
                    .text("kind", occasion.kind().fileName())
                    .text("title", occasion.title())
                    .text("periodEnd", occasion.periodEnd().toString())
                    .text("deadline", text(occasion.deadline()))
                    .put("covers", words(occasion.coverage()))
                    .text("reportedTo", occasion.reportedTo())
                    .node())
            .text("status", FileWords.of(report.status()))
            .put("reported", decision(report.reported()))
            .put(
                "report",
                Fields.flow()
                    .number("version", report.version())
                    .text("reason", report.reason())
                    .node());
    if (!report.economy().isEmpty() || report.unit() != null) {
      root.put(
          "economy",
          Fields.block()
              .text("unit", report.unit())
              .put(
                  "areas",
                  report.economy().isEmpty()
                      ? null
                      : YamlNodes.blockList(
                          report.economy().stream().map(FollowUpReportFile::area).toList()))
              .node());
    }
    if (!report.indicators().isEmpty()) {
      root.put(
          "indicators",
          YamlNodes.blockList(
              report.indicators().stream().map(FollowUpReportFile::indicator).toList()));
    }
    if (!report.controls().isEmpty()) {
      root.put(
          "controls",
          YamlNodes.blockList(
              report.controls().stream().map(FollowUpReportFile::control).toList()));
    }
    if (!report.investments().isEmpty() || report.investmentUnit() != null) {
      root.put(
          "investments",
          Fields.block()
              .text("unit", report.investmentUnit())
              .put(
                  "projects",
                  report.investments().isEmpty()
                      ? null
                      : YamlNodes.blockList(
                          report.investments().stream().map(FollowUpReportFile::project).toList()))
              .node());
    }
    if (!report.budgetChanges().isEmpty()) {
      root.put(
          "budgetChanges",
          YamlNodes.blockList(
              report.budgetChanges().stream()
                  .map(
                      c ->
                          (Node)
                              Fields.flow()
                                  .text("from", c.from())
                                  .text("to", c.to())
                                  .number("amount", c.amount())
                                  .text("decided", c.decided().toString())
                                  .text("paragraph", c.paragraph())
                                  .text("reason", c.reason())
                                  .text("kind", c.kind() == null ? null : c.kind().fileName())
                                  .node())
                  .toList()));
    }
    if (!report.measureCounts().isEmpty()) {
      root.put(
          "operationalMeasures",
          YamlNodes.blockList(
              report.measureCounts().stream()
                  .map(
                      c ->
                          (Node)
                              Fields.flow()
                                  .text("measure", c.measure())
                                  .text("period", c.period())
                                  .number("value", c.value())
                                  .flag("missing", c.missing(), false)
                                  .text("reason", c.reason())
                                  .node())
                  .toList()));
    }
    if (!report.providerResults().isEmpty()) {
      root.put(
          "providers",
          YamlNodes.blockList(
              report.providerResults().stream()
                  .map(
                      p ->
                          (Node)
                              Fields.block()
                                  .text("provider", p.provider())
                                  .text("checked", p.checked().toString())
                                  .text("what", p.what())
                                  .text("outcome", FileWords.of(p.outcome()))
                                  .text("deviations", p.deviations())
                                  .node())
                  .toList()));
    }
    if (!report.assessments().isEmpty()) {
      root.put(
          "assessments",
          YamlNodes.blockList(
              report.assessments().stream()
                  .map(
                      a ->
                          (Node)
                              Fields.block()
                                  .text(a.ofIndicator() ? "indicator" : "goal", a.subject())
                                  .text("result", a.result().fileName())
                                  .text("by", a.by())
                                  .text("date", text(a.date()))
                                  .text("justification", a.justification())
                                  .node())
                  .toList()));
    }
    if (!report.commitments().isEmpty()) {
      root.put(
          "commitments",
          YamlNodes.blockList(
              report.commitments().stream().map(FollowUpReportFile::commitment).toList()));
    }
    return HEADER + YamlText.dump(root.node());
  }

  private static Node project(ProjectEconomy project) {
    return Fields.block()
        .text("project", project.project())
        .text("name", project.name().equals(project.project()) ? null : project.name())
        .number("budget", project.budget())
        .number("outcomeToDate", project.outcomeToDate())
        .number("forecast", project.forecast())
        .text("comment", project.comment())
        .node();
  }

  private static Node commitment(CommitmentEntry entry) {
    return Fields.flow()
        .text(entry.kind().field(), entry.key())
        .text("status", FileWords.of(entry.status()))
        .text("comment", entry.comment())
        .node();
  }

  private static Node control(se.styr.followup.ControlResult result) {
    return Fields.block()
        .text("control", result.control())
        .flag("performed", result.performed(), true)
        .text("outcome", result.outcome() == null ? null : FileWords.of(result.outcome()))
        .text("found", result.found())
        .put(
            "actions",
            result.actions().isEmpty()
                ? null
                : YamlNodes.blockList(
                    result.actions().stream()
                        .map(
                            a ->
                                (Node)
                                    Fields.flow()
                                        .text("description", a.description())
                                        .text("owner", a.owner())
                                        .text("due", text(a.due()))
                                        .node())
                        .toList()))
        .node();
  }

  private static Node indicator(IndicatorEntry entry) {
    Fields fields =
        Fields.flow().text("indicator", entry.indicator()).text("period", entry.period());
    se.styr.goals.GoalWriter.quantity(fields, entry.value());
    return fields
        .text("printed", entry.printed())
        .flag("missing", entry.missing(), false)
        .text("reason", entry.reason())
        .text("source", entry.source())
        .text("measuredOn", text(entry.measuredOn()))
        .node();
  }

  private static Node words(Set<Coverage> coverage) {
    return YamlNodes.flowList(
        Arrays.stream(Coverage.values())
            .filter(coverage::contains)
            .map(c -> YamlNodes.text(c.fileName()))
            .toList());
  }

  private static Node decision(Decision decision) {
    if (decision == null) {
      return null;
    }
    return Fields.flow()
        .text("date", decision.date().toString())
        .text("paragraph", decision.paragraph())
        .text("dnr", decision.dnr())
        .text("body", decision.body())
        .node();
  }

  private static Node area(AreaEconomy area) {
    return Fields.block()
        .text("area", area.area())
        .text("name", area.name().equals(area.area()) ? null : area.name())
        .number("budget", area.budget())
        .put(
            "profile",
            area.periodisation() instanceof Periodisation.Profile profile
                ? YamlNodes.flowList(profile.weights().stream().map(YamlNodes::number).toList())
                : null)
        .number("outcomeToDate", area.outcomeToDate())
        .number("outcomeToDateLastYear", area.outcomeToDateLastYear())
        .number("outcomeLastYear", area.outcomeLastYear())
        .number("forecast", area.forecast())
        .number("previousForecast", area.previousForecast())
        .text("comment", area.comment())
        .put("revenue", gross(area.gross().revenue()))
        .put("cost", gross(area.gross().cost()))
        .put(
            "measures",
            area.measures().isEmpty()
                ? null
                : YamlNodes.blockList(
                    area.measures().stream().map(FollowUpReportFile::measure).toList()))
        .node();
  }

  private static Node measure(BalanceMeasure measure) {
    return Fields.flow()
        .text("description", measure.description())
        .number("amount", measure.amount())
        .text("owner", measure.owner())
        .text("due", text(measure.due()))
        .text("status", FileWords.of(measure.status()))
        .node();
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
