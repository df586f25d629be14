package se.styr.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;
import se.styr.shared.yaml.Where;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlMap.Keyed;
import se.styr.shared.yaml.YamlNumbers;
import se.styr.shared.yaml.YamlProblems;
import se.styr.shared.yaml.YamlReading;

/**
 * Reads the goal chain of a plan file: levels, quality areas, assessment rules, goals, indicators,
 * comparisons.
 */
public final class GoalReader {
  static final Set<String> GOAL_FIELDS =
      Set.of(
          "key",
          "level",
          "parent",
          "number",
          "title",
          "type",
          "perspective",
          "description",
          "followUp",
          "globalGoals",
          "qualityAreas",
          "withoutSubgoal",
          "rule",
          "replaces");
  static final Set<String> INDICATOR_FIELDS =
      Set.of(
          "key",
          "goal",
          "name",
          "unit",
          "better",
          "level",
          "source",
          "baseline",
          "targets",
          "values",
          "outlook",
          "forecast",
          "footnotes",
          "rule",
          "replaces",
          "measures");
  private final YamlProblems problems;
  private final YamlReading reading;

  GoalReader(YamlReading reading) {
    this.reading = reading;
    this.problems = reading.problems();
  }

  public List<GoalLevel> levels(YamlMap file) {
    List<GoalLevel> levels = new ArrayList<>();
    for (Keyed item :
        file.keyed("goalLevels", GoalWords.GOAL_LEVEL, Set.of("key", "name", "kind", "rule"))) {
      YamlMap map = item.map();
      reading.locate("goalLevels/" + item.key(), item.node(), map, "rule");
      String name = map.text("name", true);
      LevelKind kind = map.word("kind", true, LevelKind.class);
      if (name != null && kind != null) {
        reading.add(
            levels,
            item.node(),
            Where.item(GoalWords.GOAL_LEVEL, item.key()),
            () -> new GoalLevel(item.key(), name, kind, map.text("rule", false)));
      }
    }
    return levels;
  }

  public List<QualityArea> qualityAreas(YamlMap file) {
    List<QualityArea> areas = new ArrayList<>();
    for (Keyed item : file.keyed("qualityAreas", GoalWords.QUALITY_AREA, Set.of("key", "name"))) {
      String name = item.map().text("name", true);
      if (name != null) {
        reading.add(
            areas,
            item.node(),
            Where.item(GoalWords.QUALITY_AREA, item.key()),
            () -> new QualityArea(item.key(), name));
      }
    }
    return areas;
  }

  public AssessmentSettings assessment(YamlMap file) {
    Optional<YamlMap> found = file.map("assessment", false);
    if (found.isEmpty()) {
      return AssessmentSettings.NONE;
    }
    YamlMap map = found.get();
    map.allowOnly(Set.of("indicatorRule", "rules", "manual", "scale"));
    map.field("indicatorRule")
        .ifPresent(n -> reading.locations().field("assessment/indicatorRule", n));
    List<AssessmentRule> rules =
        read(
            map.keyed(
                "rules",
                GoalWords.RULE,
                Set.of("key", "kind", "precision", "gaps", "bands", "reads")),
            this::rule);
    List<ManualAssessment> manual = new ArrayList<>();
    int index = 0;
    for (Node node : map.list("manual", false)) {
      int at = index++;
      YamlMap.of(node, GoalWords.MANUAL, problems)
          .ifPresent(
              m -> {
                m.allowOnly(
                    Set.of("goal", "indicator", "year", "result", "by", "date", "justification"));
                String subject = m.has("goal") ? m.text("goal", true) : m.text("indicator", true);
                if (m.has("goal") == m.has("indicator")) {
                  problems.add(
                      node, Where.at(GoalWords.MANUAL, Text.of("goals.file.manualSubject")));
                  return;
                }
                reading.locations().field("assessment/manual/" + at, node);
                Integer year = m.year("year", true);
                Result result =
                    m.choice(
                        "result",
                        true,
                        Result::parseManual,
                        List.of(
                            "met",
                            "partly_met",
                            "not_met",
                            "not_assessed",
                            "green",
                            "yellow",
                            "red",
                            "grey"));
                if (subject != null && year != null && result != null) {
                  reading.add(
                      manual,
                      node,
                      Text.of("goals.file.manualOf", subject, year),
                      () ->
                          new ManualAssessment(
                              subject,
                              m.has("indicator"),
                              year,
                              result,
                              m.text("by", false),
                              m.date("date"),
                              m.text("justification", false)));
                }
              });
    }
    return new AssessmentSettings(map.text("indicatorRule", false), rules, manual, scale(map));
  }

  /** The symbols the plan shows its results with, or the standard four. */
  private ResultScale scale(YamlMap assessment) {
    if (!assessment.has("scale")) {
      return ResultScale.STANDARD;
    }
    List<ResultScale.Step> steps = new ArrayList<>();
    List<Node> nodes = assessment.list("scale", false);
    for (Node node : nodes) {
      YamlMap.of(node, GoalWords.SCALE_STEP, problems)
          .ifPresent(
              step -> {
                step.allowOnly(Set.of("shows", "colour", "printed"));
                java.util.EnumSet<ResultScale.Shows> shows =
                    java.util.EnumSet.noneOf(ResultScale.Shows.class);
                boolean known = true;
                for (String word : step.texts("shows")) {
                  Optional<ResultScale.Shows> parsed =
                      se.styr.shared.FileWords.parse(ResultScale.Shows.class, word);
                  if (parsed.isEmpty()) {
                    step.problem(
                        "shows",
                        Text.of(
                            "goals.scale.shows",
                            word,
                            se.styr.shared.FileWords.all(ResultScale.Shows.class)));
                    known = false;
                  } else {
                    shows.add(parsed.get());
                  }
                }
                String colour =
                    step.choice(
                        "colour",
                        true,
                        c -> ResultScale.COLOURS.contains(c) ? Optional.of(c) : Optional.empty(),
                        ResultScale.COLOURS);
                String printed = step.text("printed", true);
                if (known && colour != null && printed != null) {
                  reading.add(
                      steps,
                      node,
                      GoalWords.SCALE_STEP,
                      () -> new ResultScale.Step(shows, colour, printed));
                }
              });
    }
    if (steps.size() != nodes.size()) {
      return ResultScale.STANDARD; // a symbol has a problem of its own; the scale is not judged
    }
    ResultScale scale =
        reading.build(
            assessment.field("scale").orElseThrow(), GoalWords.SCALE, () -> new ResultScale(steps));
    return scale == null ? ResultScale.STANDARD : scale;
  }

  private AssessmentRule rule(Keyed item) {
    YamlMap map = item.map();
    reading.locations().field("rules/" + item.key(), item.node());
    RuleKind kind = map.word("kind", true, RuleKind.class);
    Integer precision = map.integer("precision", false);
    GapPolicy gaps = map.word("gaps", false, GapPolicy.class);
    BudgetMeasure reads = map.word("reads", false, BudgetMeasure.class);
    List<RuleBand> bands = new ArrayList<>();
    for (Node node : map.list("bands", false)) {
      YamlMap.of(node, Where.part(item.map().what(), GoalWords.BAND), problems)
          .ifPresent(
              band -> {
                band.allowOnly(Set.of("from", "to", "result", "printed"));
                BigDecimal from = band.decimal("from", true);
                BigDecimal to = band.decimal("to", true);
                Result result =
                    band.choice(
                        "result",
                        true,
                        Result::parse,
                        List.of("met", "partly_met", "not_met", "green", "yellow", "red"));
                if (from != null && to != null && result != null) {
                  reading.add(
                      bands,
                      node,
                      map.what(),
                      () -> new RuleBand(from, to, result, band.text("printed", false)));
                }
              });
    }
    if (kind == null) {
      return null;
    }
    return reading.build(
        item.node(),
        null,
        () -> new AssessmentRule(item.key(), kind, precision, gaps, bands, reads));
  }

  public List<Goal> goals(YamlMap list, String field, String pathPrefix) {
    return read(list.keyed(field, GoalWords.GOAL, GOAL_FIELDS), item -> goal(item, pathPrefix));
  }

  private Goal goal(Keyed item, String pathPrefix) {
    YamlMap map = item.map();
    reading.locate(
        pathPrefix + item.key(),
        item.node(),
        map,
        "level",
        "parent",
        "rule",
        "replaces",
        "qualityAreas",
        "globalGoals");
    String level = map.text("level", true);
    String title = map.text("title", true);
    CouncilGoalType type = map.word("type", false, CouncilGoalType.class);
    List<GlobalGoal> globalGoals = new ArrayList<>();
    for (Node node : map.list("globalGoals", false)) {
      String text = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
      if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 17) {
        problems.add(
            node, Text.of("goals.file.globalGoal", map.what(), YamlNumbers.abbreviate(text)));
      } else {
        globalGoals.add(GlobalGoal.of(Integer.parseInt(text)));
      }
    }
    if (level == null || title == null) {
      return null;
    }
    return reading.build(
        item.node(),
        map.what(),
        () ->
            new Goal(
                item.key(),
                level,
                map.text("parent", false),
                map.text("number", false),
                title,
                type,
                map.text("perspective", false),
                map.text("description", false),
                map.text("followUp", false),
                globalGoals,
                map.texts("qualityAreas"),
                map.text("withoutSubgoal", false),
                map.text("rule", false),
                map.text("replaces", false)));
  }

  public List<Indicator> indicators(YamlMap list, String field, String pathPrefix) {
    return read(
        list.keyed(field, GoalWords.INDICATOR, INDICATOR_FIELDS),
        item -> indicator(item, pathPrefix));
  }

  /**
   * Reads each keyed item; those that could not be read (their problems are reported) are left out.
   */
  private static <T> List<T> read(List<Keyed> items, java.util.function.Function<Keyed, T> reader) {
    List<T> result = new ArrayList<>();
    for (Keyed item : items) {
      T value = reader.apply(item);
      if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  private Indicator indicator(Keyed item, String pathPrefix) {
    YamlMap map = item.map();
    Text where = map.what();
    reading.locate(
        pathPrefix + item.key(), item.node(), map, "goal", "rule", "replaces", "targets");
    String name = map.text("name", true);
    IndicatorUnit unit =
        map.has("unit") ? map.word("unit", true, IndicatorUnit.class) : IndicatorUnit.NUMBER;
    Better better = map.word("better", false, Better.class);
    IndicatorLevel level = map.word("level", false, IndicatorLevel.class);
    Source source = map.map("source", false).map(s -> source(s)).orElse(null);
    Baseline baseline = map.map("baseline", false).map(b -> baseline(b, unit)).orElse(null);
    List<TargetSpec> targets = new ArrayList<>();
    for (Node node : map.list("targets", false)) {
      YamlMap.of(node, Where.part(where, GoalWords.TARGET), problems)
          .map(t -> target(t))
          .ifPresent(targets::add);
    }
    List<IndicatorValue> values = new ArrayList<>();
    Map<String, Node> periods = new LinkedHashMap<>();
    for (Node node : map.list("values", false)) {
      YamlMap.of(node, Where.part(where, GoalWords.VALUE), problems)
          .map(v -> value(v, unit))
          .ifPresent(
              v -> {
                Node first = periods.putIfAbsent(v.period(), node);
                if (first != null) {
                  problems.add(
                      node,
                      Text.of(
                          "goals.file.periodTwice", where, v.period(), YamlProblems.line(first)));
                } else {
                  values.add(v);
                }
              });
    }
    Outlook outlook = outlook(map);
    if (name == null || unit == null) {
      return null;
    }
    return reading.build(
        item.node(),
        where,
        () ->
            new Indicator(
                item.key(),
                map.text("goal", false),
                name,
                unit,
                better,
                level,
                source,
                baseline,
                targets,
                values,
                outlook,
                map.texts("footnotes"),
                map.text("rule", false),
                map.text("replaces", false),
                map.word("measures", false, BudgetMeasure.class)));
  }

  private Source source(YamlMap map) {
    map.allowOnly(Set.of("type", "name", "kpi", "ou", "gender", "compare"));
    SourceType type = map.word("type", true, SourceType.class);
    if (type == null) {
      return null;
    }
    ComparisonGroup compare = map.map("compare", false).map(this::compare).orElse(null);
    if (map.has("compare") && compare == null) {
      return null;
    }
    return reading.build(
        map.node(),
        map.what(),
        () ->
            new Source(
                type,
                map.text("name", false),
                map.text("kpi", false),
                map.text("ou", false),
                map.text("gender", false),
                compare));
  }

  private ComparisonGroup compare(YamlMap map) {
    map.allowOnly(Set.of("title", "group", "members"));
    String title = map.text("title", true);
    List<String> members = map.texts("members");
    if (title == null) {
      return null;
    }
    return reading.build(
        map.node(),
        map.what(),
        () -> new ComparisonGroup(title, map.text("group", false), members));
  }

  private Fetched fetched(YamlMap map) {
    map.allowOnly(Set.of("source", "on"));
    String source = map.text("source", true);
    LocalDate on = map.text("on", true) == null ? null : map.date("on");
    if (source == null || on == null) {
      return null;
    }
    return reading.build(map.node(), map.what(), () -> new Fetched(source, on));
  }

  private Baseline baseline(YamlMap map, IndicatorUnit unit) {
    map.allowOnly(Set.of("printed", "value", "low", "high", "period", "new"));
    Quantity value = quantity(map, unit);
    String period = period(map, "period", false);
    return reading.build(
        map.node(),
        map.what(),
        () -> new Baseline(map.text("printed", false), value, period, map.flag("new", false)));
  }

  private TargetSpec target(YamlMap map) {
    map.allowOnly(Set.of("years", "printed", "target"));
    List<Integer> years = map.years("years");
    String printed = map.text("printed", false);
    Target target = null;
    String text = map.text("target", false);
    if (text != null) {
      try {
        target = Target.parse(text);
      } catch (IllegalArgumentException e) {
        problems.add(
            map.field("target").get(), Where.at(map.what(), InvalidValueException.textOf(e)));
        return null;
      }
    }
    Target parsed = target;
    return reading.build(map.node(), map.what(), () -> new TargetSpec(years, printed, parsed));
  }

  private IndicatorValue value(YamlMap map, IndicatorUnit unit) {
    map.allowOnly(
        Set.of("period", "printed", "value", "low", "high", "missing", "rank", "of", "fetched"));
    String period = period(map, "period", true);
    Quantity value = quantity(map, unit);
    boolean missing = map.flag("missing", false);
    Fetched fetched = map.map("fetched", false).map(this::fetched).orElse(null);
    if (period == null
        || (value == null && (map.has("value") || map.has("low") || map.has("high")))
        || (fetched == null && map.has("fetched"))) {
      return null;
    }
    return reading.build(
        map.node(),
        Where.then(map.what(), period),
        () ->
            new IndicatorValue(
                period,
                map.text("printed", false),
                value,
                missing,
                map.integer("rank", false),
                map.integer("of", false),
                fetched));
  }

  /**
   * The indicator's outlook ("Prognos 2024: Ökande"). Plan files written before it had its own name
   * call it {@code forecast}; that name is read as before, and the writer writes {@code outlook}.
   */
  private Outlook outlook(YamlMap indicator) {
    if (indicator.has("outlook") && indicator.has("forecast")) {
      indicator.problem("forecast", Text.of("goals.file.outlookTwice"));
      return null;
    }
    String field = indicator.has("forecast") ? "forecast" : "outlook";
    return indicator.map(field, false).map(this::outlookOf).orElse(null);
  }

  private Outlook outlookOf(YamlMap map) {
    map.allowOnly(Set.of("period", "direction", "printed"));
    Outlook.Direction direction = map.word("direction", true, Outlook.Direction.class);
    String period = period(map, "period", false);
    return direction == null ? null : new Outlook(period, direction, map.text("printed", false));
  }

  /** A value as the indicator's unit allows it: a number, true/false, '3/5', or low and high. */
  private Quantity quantity(YamlMap map, IndicatorUnit unit) {
    if (map.has("low") || map.has("high")) {
      BigDecimal low = map.decimal("low", true);
      BigDecimal high = map.decimal("high", true);
      if (map.has("value")) {
        problems.add(map.field("value").get(), Text.of("goals.file.valueOrRange", map.what()));
      }
      if (low == null || high == null || (unit != null && !unit.isNumeric())) {
        if (unit != null && !unit.isNumeric()) {
          problems.add(map.node(), Text.of("goals.file.rangeUnit", map.what(), unit.fileName()));
        }
        return null;
      }
      return reading.build(map.node(), map.what(), () -> new Quantity.Range(low, high));
    }
    Optional<Node> node = map.field("value");
    if (node.isEmpty() || unit == null) {
      return null;
    }
    String text = node.get() instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    switch (unit) {
      case YES_NO:
        if (text.equals("true") || text.equals("false")) {
          return new Quantity.Answer(Boolean.parseBoolean(text));
        }
        problems.add(
            node.get(), Text.of("goals.file.notYesNo", map.what(), YamlNumbers.abbreviate(text)));
        return null;
      case COUNT_OF_SET:
        if (text.matches("\\d{1,6}/\\d{1,6}")) {
          String[] parts = text.split("/");
          return reading.build(
              node.get(),
              map.what(),
              () -> new Quantity.Share(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        }
        problems.add(
            node.get(),
            Text.of("goals.file.notCountOfSet", map.what(), YamlNumbers.abbreviate(text)));
        return null;
      default:
        if (text.equals("true") || text.equals("false") || text.matches("\\d+/\\d+")) {
          problems.add(
              node.get(), Text.of("goals.file.notNumberUnit", map.what(), text, unit.fileName()));
          return null;
        }
        BigDecimal number = YamlNumbers.number(node.get(), map.what(), problems);
        return number == null ? null : new Quantity.Amount(number);
    }
  }

  private String period(YamlMap map, String field, boolean required) {
    String text = map.text(field, required);
    if (text == null) {
      return null;
    }
    if (!Period.isValid(text.strip())) {
      problems.add(
          map.field(field).get(),
          Text.of("goals.file.period", map.what(), YamlNumbers.abbreviate(text)));
      return null;
    }
    return text.strip();
  }

  public List<ComparisonData> comparisons(YamlMap file) {
    List<ComparisonData> result = new ArrayList<>();
    for (Node node : file.list("comparisons", false)) {
      YamlMap.of(node, GoalWords.COMPARISON, problems)
          .ifPresent(
              map -> {
                map.allowOnly(Set.of("kpi", "period", "values"));
                String kpi = map.text("kpi", true);
                String period = period(map, "period", true);
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                map.field("values")
                    .ifPresent(
                        v -> {
                          if (!(v instanceof MappingNode mapping)) {
                            problems.add(
                                v,
                                Text.of(
                                    "goals.file.comparisonValues",
                                    Where.item(GoalWords.COMPARISON, kpi)));
                            return;
                          }
                          for (NodeTuple tuple : mapping.getValue()) {
                            String code =
                                tuple.getKeyNode() instanceof ScalarNode scalar
                                    ? scalar.getValue()
                                    : "";
                            if (!code.matches("\\d{4}")) {
                              problems.add(
                                  tuple.getKeyNode(),
                                  Text.of(
                                      "goals.file.comparisonCode",
                                      Where.item(GoalWords.COMPARISON, kpi),
                                      YamlNumbers.abbreviate(code)));
                              continue;
                            }
                            BigDecimal value =
                                YamlNumbers.number(
                                    tuple.getValueNode(),
                                    Where.part(
                                        Where.item(GoalWords.COMPARISON, kpi), Text.verbatim(code)),
                                    problems);
                            if (value != null && values.putIfAbsent(code, value) != null) {
                              problems.add(
                                  tuple.getKeyNode(),
                                  Text.of(
                                      "goals.file.comparisonTwice",
                                      Where.item(GoalWords.COMPARISON, kpi),
                                      code));
                            }
                          }
                        });
                if (kpi != null && period != null) {
                  reading.add(
                      result,
                      node,
                      Where.item(GoalWords.COMPARISON, kpi),
                      () -> new ComparisonData(kpi, period, values));
                }
              });
    }
    return result;
  }
}
