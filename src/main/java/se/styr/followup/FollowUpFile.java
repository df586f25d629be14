package se.styr.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.FileWords;
import se.styr.shared.Text;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlMap.Keyed;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlNodes.Fields;
import se.styr.shared.yaml.YamlNumbers;
import se.styr.shared.yaml.YamlReading;

/**
 * The follow-up section of a plan file (docs/plan-format.md): internal control, providers and
 * operational measures; how they are read, and how they are written in canonical form. The plan
 * file's envelope delegates these fields here.
 */
public final class FollowUpFile {
  /** The plan file's fields this section holds, in canonical order. */
  public static final List<String> FIELDS =
      List.of("internalControl", "providers", "measures", "followUp");

  private FollowUpFile() {}

  /** Reads the section from a plan file's root mapping; every problem goes to {@code reading}. */
  public static FollowUpPlan read(YamlMap file, YamlReading reading) {
    Optional<YamlMap> cycle = file.map("followUp", false);
    cycle.ifPresent(m -> m.allowOnly(Set.of("calendar", "economy", "ledger")));
    return new FollowUpPlan(
        internalControl(file, reading),
        providers(file, reading),
        measures(file, reading),
        cycle.map(m -> calendar(m, reading)).orElse(null),
        cycle.flatMap(m -> m.map("economy", false)).map(m -> economyRules(m, reading)).orElse(null),
        cycle.flatMap(m -> m.map("ledger", false)).map(m -> ledger(m, reading)).orElse(null));
  }

  /**
   * A ledger mapping on its own (the fields of the plan file's followUp → ledger at the root), as
   * the mapping page downloads it and the store keeps each version; every problem by line and
   * column.
   */
  public static LedgerMapping readLedger(String file, String text) {
    return se.styr.shared.yaml.YamlFile.read(
        file, text, FollowUpWords.LEDGER, FollowUpFile::ledger);
  }

  /** A ledger mapping on its own in canonical form: read by {@link #readLedger}. */
  public static String writeLedger(LedgerMapping mapping) {
    return LEDGER_HEADER + se.styr.shared.yaml.YamlText.dump(ledger(mapping));
  }

  private static final String LEDGER_HEADER =
      "# Styr ledger mapping: the fields of a plan file's followUp → ledger"
          + " (docs/plan-format.md)\n";

  /** How the committee's ledger maps to the plan's areas and projects. */
  private static LedgerMapping ledger(YamlMap ledger, YamlReading reading) {
    ledger.allowOnly(Set.of("demo", "accounts", "revenue", "areas", "projects"));
    List<CodePattern> accounts = patterns(ledger, "accounts");
    List<CodePattern> revenue = patterns(ledger, "revenue");
    List<LedgerRule> areas = rules(ledger, "areas", "area", reading);
    List<LedgerRule> projects = rules(ledger, "projects", "project", reading);
    return new LedgerMapping(ledger.flag("demo", false), accounts, revenue, areas, projects);
  }

  private static List<LedgerRule> rules(
      YamlMap ledger, String field, String keyField, YamlReading reading) {
    List<LedgerRule> rules = new ArrayList<>();
    for (YamlMap rule : ledger.maps(field, FollowUpWords.LEDGER_RULE)) {
      rule.allowOnly(Set.of(keyField, "accounts", "objects"));
      String key = rule.text(keyField, true);
      List<CodePattern> accounts = patterns(rule, "accounts");
      java.util.Map<Integer, List<CodePattern>> objects = new java.util.TreeMap<>();
      rule.map("objects", false)
          .ifPresent(
              byDimension -> {
                for (String dimension : byDimension.keys()) {
                  if (!dimension.matches("\\d{1,4}")) {
                    byDimension.problem(dimension, Text.of("followup.ledger.dimension", dimension));
                    continue;
                  }
                  objects.put(Integer.valueOf(dimension), patterns(byDimension, dimension));
                }
              });
      if (key != null) {
        rules.add(new LedgerRule(key, accounts, objects));
      }
    }
    return rules;
  }

  /** A list of account or object patterns ({@code 3000-3999}, {@code 11*}, {@code 1250}). */
  private static List<CodePattern> patterns(YamlMap map, String field) {
    List<CodePattern> patterns = new ArrayList<>();
    for (String text : map.texts(field)) {
      try {
        patterns.add(CodePattern.parse(text));
      } catch (se.styr.shared.InvalidValueException e) {
        map.problem(field, e.text());
      }
    }
    return patterns;
  }

  /** The municipality's follow-up calendar: the occasions of every year. */
  private static FollowUpCalendar calendar(YamlMap cycle, YamlReading reading) {
    List<FollowUpCalendar.Entry> entries = new ArrayList<>();
    List<Node> nodes = cycle.list("calendar", false);
    for (Node node : nodes) {
      YamlMap.of(node, FollowUpWords.OCCASION, reading.problems())
          .ifPresent(
              entry -> {
                entry.allowOnly(Set.of("kind", "month", "covers", "reportedTo", "daysDue"));
                ReportingOccasion kind = entry.word("kind", true, ReportingOccasion.class);
                Integer month = entry.integer("month", true);
                java.util.EnumSet<Coverage> covers = java.util.EnumSet.noneOf(Coverage.class);
                boolean known = true;
                for (String word : entry.texts("covers")) {
                  Optional<Coverage> parsed = FileWords.parse(Coverage.class, word);
                  if (parsed.isEmpty()) {
                    entry.problem(
                        "covers",
                        Text.of("followup.calendar.covers", word, FileWords.all(Coverage.class)));
                    known = false;
                  } else {
                    covers.add(parsed.get());
                  }
                }
                Integer days = entry.integer("daysDue", false);
                String body = entry.text("reportedTo", false);
                if (kind != null && month != null && known) {
                  reading.add(
                      entries,
                      node,
                      FollowUpWords.OCCASION,
                      () -> new FollowUpCalendar.Entry(kind, month, covers, body, days));
                }
              });
    }
    if (entries.size() != nodes.size()) {
      return null; // an entry has a problem of its own
    }
    return reading.build(
        cycle.field("calendar").orElse(cycle.node()),
        FollowUpWords.CALENDAR,
        () -> new FollowUpCalendar(entries));
  }

  /** The municipality's rules for economy follow-up. */
  private static EconomyRules economyRules(YamlMap economy, YamlReading reading) {
    economy.allowOnly(Set.of("sign", "threshold", "forecastTolerance"));
    EconomyRules.AmountSign sign = economy.word("sign", false, EconomyRules.AmountSign.class);
    DeviationThreshold threshold =
        economy
            .map("threshold", false)
            .map(
                t -> {
                  t.allowOnly(Set.of("amount", "percent"));
                  return reading.build(
                      t.node(),
                      FollowUpWords.THRESHOLD,
                      () ->
                          new DeviationThreshold(
                              t.decimal("amount", false), t.decimal("percent", false)));
                })
            .orElse(DeviationThreshold.ANY);
    java.math.BigDecimal tolerance = economy.decimal("forecastTolerance", false);
    return reading.build(
        economy.node(),
        FollowUpWords.ECONOMY_RULES,
        () ->
            new EconomyRules(
                sign == null ? EconomyRules.DEFAULT.sign() : sign,
                threshold == null ? DeviationThreshold.ANY : threshold,
                tolerance == null ? EconomyRules.DEFAULT.forecastTolerancePercent() : tolerance));
  }

  /** Writes the section's fields into a plan file's root mapping, empty ones left out. */
  public static void write(FollowUpPlan plan, Fields root) {
    root.put("internalControl", internalControl(plan.internalControl()))
        .put("providers", YamlNodes.list(plan.providers(), FollowUpFile::provider))
        .put("measures", YamlNodes.list(plan.measures(), FollowUpFile::measure))
        .put("followUp", cycle(plan));
  }

  private static Node cycle(FollowUpPlan plan) {
    if (plan.calendar().isEmpty()
        && plan.economyRules().equals(EconomyRules.DEFAULT)
        && plan.ledger().equals(LedgerMapping.NONE)) {
      return null;
    }
    return Fields.block()
        .put("calendar", YamlNodes.list(plan.calendar().entries(), FollowUpFile::calendarEntry))
        .put(
            "economy",
            plan.economyRules().equals(EconomyRules.DEFAULT)
                ? null
                : economyRules(plan.economyRules()))
        .put("ledger", plan.ledger().equals(LedgerMapping.NONE) ? null : ledger(plan.ledger()))
        .node();
  }

  private static Node ledger(LedgerMapping ledger) {
    return Fields.block()
        .flag("demo", ledger.demo(), false)
        .put(
            "accounts",
            ledger.accounts().equals(LedgerMapping.RESULT_ACCOUNTS)
                ? null
                : patterns(ledger.accounts()))
        .put(
            "revenue",
            ledger.revenue().equals(LedgerMapping.REVENUE_ACCOUNTS)
                ? null
                : patterns(ledger.revenue()))
        .put("areas", YamlNodes.list(ledger.areas(), r -> rule(r, "area")))
        .put("projects", YamlNodes.list(ledger.projects(), r -> rule(r, "project")))
        .node();
  }

  private static Node rule(LedgerRule rule, String keyField) {
    Fields objects = Fields.flow();
    rule.objects().forEach((d, p) -> objects.put(String.valueOf(d), patterns(p)));
    return Fields.flow()
        .text(keyField, rule.key())
        .put("accounts", rule.accounts().isEmpty() ? null : patterns(rule.accounts()))
        .put("objects", rule.objects().isEmpty() ? null : objects.node())
        .node();
  }

  private static Node patterns(List<CodePattern> patterns) {
    return YamlNodes.flowList(patterns.stream().map(p -> YamlNodes.text(p.written())).toList());
  }

  private static Node calendarEntry(FollowUpCalendar.Entry entry) {
    return Fields.flow()
        .text("kind", entry.kind().fileName())
        .number("month", entry.month())
        .put(
            "covers",
            YamlNodes.flowList(
                java.util.Arrays.stream(Coverage.values())
                    .filter(entry.coverage()::contains)
                    .map(c -> YamlNodes.text(c.fileName()))
                    .toList()))
        .text("reportedTo", entry.reportedTo())
        .number("daysDue", entry.daysDue())
        .node();
  }

  private static Node economyRules(EconomyRules rules) {
    DeviationThreshold threshold = rules.threshold();
    return Fields.block()
        .text("sign", FileWords.of(rules.sign()))
        .put(
            "threshold",
            threshold.equals(DeviationThreshold.ANY)
                ? null
                : Fields.flow()
                    .number("amount", threshold.amount())
                    .number("percent", threshold.percent())
                    .node())
        .number("forecastTolerance", rules.forecastTolerancePercent())
        .node();
  }

  private static InternalControlPlan internalControl(YamlMap file, YamlReading reading) {
    Optional<YamlMap> found = file.map("internalControl", false);
    if (found.isEmpty()) {
      return InternalControlPlan.NONE;
    }
    YamlMap map = found.get();
    map.allowOnly(Set.of("decided", "matrix", "risks"));
    RiskMatrix matrix = map.map("matrix", false).map(m -> matrix(m, reading)).orElse(null);
    List<ControlRisk> risks = new ArrayList<>();
    for (Keyed item :
        map.keyed(
            "risks",
            FollowUpWords.RISK,
            Set.of(
                "key",
                "area",
                "risk",
                "likelihood",
                "consequence",
                "riskValue",
                "method",
                "frequency",
                "responsible",
                "reporting",
                "reportingPrinted"))) {
      YamlMap r = item.map();
      reading.locate(
          "internalControl/" + item.key(),
          item.node(),
          item.map(),
          "riskValue",
          "likelihood",
          "consequence");
      String risk = r.text("risk", false);
      List<ReportingOccasion> reporting = new ArrayList<>();
      for (String text : r.texts("reporting")) {
        FileWords.parse(ReportingOccasion.class, text)
            .ifPresentOrElse(
                reporting::add,
                () ->
                    reading
                        .problems()
                        .add(
                            r.field("reporting").get(),
                            Text.of(
                                "followup.file.reporting",
                                r.what(),
                                YamlNumbers.abbreviate(text))));
      }
      Integer likelihood = r.integer("likelihood", false);
      Integer consequence = r.integer("consequence", false);
      Integer riskValue = r.integer("riskValue", false);
      if (risk == null && !r.has("area")) {
        reading.problems().add(item.node(), Text.of("followup.invalid.riskOrArea", item.key()));
      } else {
        reading.add(
            risks,
            item.node(),
            r.what(),
            () ->
                new ControlRisk(
                    item.key(),
                    r.text("area", false),
                    risk,
                    likelihood,
                    consequence,
                    riskValue,
                    r.text("method", false),
                    r.text("frequency", false),
                    r.text("responsible", false),
                    reporting,
                    r.text("reportingPrinted", false)));
      }
    }
    return new InternalControlPlan(map.date("decided"), risks, matrix);
  }

  /** A risk matrix: {size: 5, bands: [{from: 1, to: 4, colour: green, printed: Låg}, ...]}. */
  private static RiskMatrix matrix(YamlMap map, YamlReading reading) {
    map.allowOnly(Set.of("size", "bands"));
    Integer size = map.integer("size", true);
    List<RiskBand> bands = new ArrayList<>();
    for (Node node : map.list("bands", false)) {
      YamlMap.of(node, FollowUpWords.BAND, reading.problems())
          .ifPresent(
              band -> {
                band.allowOnly(Set.of("from", "to", "colour", "printed"));
                Integer from = band.integer("from", true);
                Integer to = band.integer("to", true);
                String colour = band.text("colour", true);
                if (from != null && to != null && colour != null) {
                  reading.add(
                      bands,
                      node,
                      band.what(),
                      () -> new RiskBand(from, to, colour, band.text("printed", false)));
                }
              });
    }
    if (size == null) {
      return null;
    }
    List<RiskMatrix> made = new ArrayList<>();
    reading.add(made, map.node(), map.what(), () -> new RiskMatrix(size, bands));
    // A matrix with a problem of its own: the file is refused anyway, and its risks are not also
    // measured against a scale it does not have.
    return made.isEmpty() ? new RiskMatrix(RiskMatrix.LARGEST, List.of()) : made.get(0);
  }

  private static List<Provider> providers(YamlMap file, YamlReading reading) {
    List<Provider> result = new ArrayList<>();
    for (Keyed item :
        file.keyed(
            "providers", FollowUpWords.PROVIDER, Set.of("key", "operation", "provider", "area"))) {
      YamlMap map = item.map();
      reading.locate("providers/" + item.key(), item.node(), item.map(), "area");
      String operation = map.text("operation", true);
      if (operation != null) {
        reading.add(
            result,
            item.node(),
            map.what(),
            () ->
                new Provider(
                    item.key(), operation, map.text("provider", false), map.text("area", false)));
      }
    }
    return result;
  }

  private static List<OperationalMeasure> measures(YamlMap file, YamlReading reading) {
    List<OperationalMeasure> result = new ArrayList<>();
    for (Keyed item :
        file.keyed("measures", FollowUpWords.MEASURE, Set.of("key", "area", "name", "unit"))) {
      YamlMap map = item.map();
      reading.locate("measures/" + item.key(), item.node(), item.map(), "area");
      String name = map.text("name", true);
      if (name != null) {
        reading.add(
            result,
            item.node(),
            map.what(),
            () ->
                new OperationalMeasure(
                    item.key(), map.text("area", false), name, map.text("unit", false)));
      }
    }
    return result;
  }

  private static Node internalControl(InternalControlPlan plan) {
    if (plan.isEmpty()) {
      return null;
    }
    return Fields.block()
        .text("decided", plan.decided() == null ? null : plan.decided().toString())
        .put("matrix", plan.matrix().isDefault() ? null : matrix(plan.matrix()))
        .put("risks", YamlNodes.list(plan.risks(), FollowUpFile::risk))
        .node();
  }

  private static Node matrix(RiskMatrix matrix) {
    return Fields.block()
        .number("size", matrix.size())
        .put(
            "bands",
            YamlNodes.list(
                matrix.bands(),
                b ->
                    Fields.flow()
                        .number("from", b.from())
                        .number("to", b.to())
                        .text("colour", b.colour())
                        .text("printed", b.printed())
                        .node()))
        .node();
  }

  private static Node risk(ControlRisk r) {
    return Fields.block()
        .text("key", r.key())
        .text("area", r.area())
        .text("risk", r.risk())
        .number("likelihood", r.likelihood())
        .number("consequence", r.consequence())
        .number("riskValue", r.riskValue())
        .text("method", r.method())
        .text("frequency", r.frequency())
        .text("responsible", r.responsible())
        .put(
            "reporting",
            r.reporting().isEmpty()
                ? null
                : YamlNodes.flowList(
                    r.reporting().stream()
                        .map(ReportingOccasion::fileName)
                        .map(YamlNodes::text)
                        .toList()))
        .text("reportingPrinted", r.reportingPrinted())
        .node();
  }

  private static Node provider(Provider p) {
    return Fields.block()
        .text("key", p.key())
        .text("operation", p.operation())
        .text("provider", p.provider())
        .text("area", p.area())
        .node();
  }

  private static Node measure(OperationalMeasure m) {
    return Fields.flow()
        .text("key", m.key())
        .text("area", m.area())
        .text("name", m.name())
        .text("unit", m.unit())
        .node();
  }
}
