package se.styr.plan.file;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.styr.goals.AssessmentRule;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.Baseline;
import se.styr.goals.Better;
import se.styr.goals.ComparisonData;
import se.styr.goals.CouncilGoalType;
import se.styr.goals.Forecast;
import se.styr.goals.GapPolicy;
import se.styr.goals.GlobalGoal;
import se.styr.goals.Goal;
import se.styr.goals.GoalLevel;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorLevel;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.LevelKind;
import se.styr.goals.ManualAssessment;
import se.styr.goals.Period;
import se.styr.goals.QualityArea;
import se.styr.goals.Quantity;
import se.styr.goals.Result;
import se.styr.goals.RuleBand;
import se.styr.goals.RuleKind;
import se.styr.goals.Source;
import se.styr.goals.SourceType;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;
import se.styr.plan.file.YamlMap.Keyed;

/** Reads the goal chain of a plan file: levels, quality areas, assessment rules, goals, indicators, comparisons. */
final class GoalReader {
  static final Set<String> GOAL_FIELDS = Set.of("key", "level", "parent", "number", "title", "type", "perspective",
      "description", "followUp", "globalGoals", "qualityAreas", "withoutSubgoal", "rule", "replaces");
  static final Set<String> INDICATOR_FIELDS = Set.of("key", "goal", "name", "unit", "better", "level", "source",
      "baseline", "targets", "values", "forecast", "footnotes", "rule", "replaces");
  private final Problems problems;
  private final Locations locations;

  GoalReader(Problems problems, Locations locations) {
    this.problems = problems;
    this.locations = locations;
  }

  List<GoalLevel> levels(YamlMap file) {
    List<GoalLevel> levels = new ArrayList<>();
    for (Keyed item : file.keyed("goalLevels", "goal level", Set.of("key", "name", "kind", "rule"))) {
      YamlMap map = item.map();
      locate("goalLevels/" + item.key(), item.node(), map, "rule");
      String name = map.text("name", true);
      LevelKind kind = map.choice("kind", true, LevelKind::parse, names(LevelKind.values(), LevelKind::fileName));
      if (name != null && kind != null) {
        build(item.node(), "goal level '" + item.key() + "'", () -> levels.add(new GoalLevel(item.key(), name, kind,
            map.text("rule", false))));
      }
    }
    return levels;
  }

  List<QualityArea> qualityAreas(YamlMap file) {
    List<QualityArea> areas = new ArrayList<>();
    for (Keyed item : file.keyed("qualityAreas", "quality area", Set.of("key", "name"))) {
      String name = item.map().text("name", true);
      if (name != null) {
        build(item.node(), "quality area '" + item.key() + "'", () -> areas.add(new QualityArea(item.key(), name)));
      }
    }
    return areas;
  }

  AssessmentSettings assessment(YamlMap file) {
    Optional<YamlMap> found = file.map("assessment", false);
    if (found.isEmpty()) {
      return AssessmentSettings.NONE;
    }
    YamlMap map = found.get();
    map.allowOnly(Set.of("indicatorRule", "rules", "manual"));
    map.field("indicatorRule").ifPresent(n -> locations.field("assessment/indicatorRule", n));
    List<AssessmentRule> rules = new ArrayList<>();
    for (Keyed item : map.keyed("rules", "rule", Set.of("key", "kind", "precision", "gaps", "bands"))) {
      AssessmentRule rule = rule(item);
      if (rule != null) {
        rules.add(rule);
      }
    }
    List<ManualAssessment> manual = new ArrayList<>();
    int index = 0;
    for (Node node : map.list("manual", false)) {
      int at = index++;
      YamlMap.of(node, "manual assessment", problems).ifPresent(m -> {
        m.allowOnly(Set.of("goal", "indicator", "year", "result", "by", "date", "justification"));
        String subject = m.has("goal") ? m.text("goal", true) : m.text("indicator", true);
        if (m.has("goal") == m.has("indicator")) {
          problems.add(node, "manual assessment: names either a goal or an indicator");
          return;
        }
        locations.field("assessment/manual/" + at, node);
        Integer year = m.year("year", true);
        Result result = m.choice("result", true, Result::parse, List.of("met", "partly_met", "not_met", "green", "yellow", "red"));
        if (subject != null && year != null && result != null) {
          build(node, "manual assessment of '" + subject + "' " + year, () -> manual.add(new ManualAssessment(subject, m.has("indicator"), year,
              result, m.text("by", false), m.date("date"), m.text("justification", false))));
        }
      });
    }
    return new AssessmentSettings(map.text("indicatorRule", false), rules, manual);
  }

  private AssessmentRule rule(Keyed item) {
    YamlMap map = item.map();
    locations.field("rules/" + item.key(), item.node());
    RuleKind kind = map.choice("kind", true, RuleKind::parse, names(RuleKind.values(), RuleKind::fileName));
    Integer precision = map.integer("precision", false);
    GapPolicy gaps = map.choice("gaps", false, text -> Arrays.stream(GapPolicy.values())
        .filter(g -> g.name().toLowerCase(java.util.Locale.ROOT).equals(text)).findFirst(), List.of("lower", "upper", "unassessed"));
    List<RuleBand> bands = new ArrayList<>();
    for (Node node : map.list("bands", false)) {
      YamlMap.of(node, item.map().what() + ", band", problems).ifPresent(band -> {
        band.allowOnly(Set.of("from", "to", "result", "printed"));
        BigDecimal from = band.decimal("from", true);
        BigDecimal to = band.decimal("to", true);
        Result result = band.choice("result", true, Result::parse, List.of("met", "partly_met", "not_met", "green", "yellow", "red"));
        if (from != null && to != null && result != null) {
          build(node, map.what(), () -> bands.add(new RuleBand(from, to, result, band.text("printed", false))));
        }
      });
    }
    if (kind == null) {
      return null;
    }
    AssessmentRule[] rule = new AssessmentRule[1];
    build(item.node(), "", () -> rule[0] = new AssessmentRule(item.key(), kind, precision, gaps, bands));
    return rule[0];
  }

  List<Goal> goals(YamlMap list, String field, String pathPrefix) {
    List<Goal> goals = new ArrayList<>();
    for (Keyed item : list.keyed(field, "goal", GOAL_FIELDS)) {
      Goal goal = goal(item, pathPrefix);
      if (goal != null) {
        goals.add(goal);
      }
    }
    return goals;
  }

  private Goal goal(Keyed item, String pathPrefix) {
    YamlMap map = item.map();
    locate(pathPrefix + item.key(), item.node(), map, "level", "parent", "rule", "replaces", "qualityAreas", "globalGoals");
    String level = map.text("level", true);
    String title = map.text("title", true);
    CouncilGoalType type = map.choice("type", false, text -> Arrays.stream(CouncilGoalType.values())
        .filter(t -> t.name().toLowerCase(java.util.Locale.ROOT).equals(text)).findFirst(), List.of("development", "resource"));
    List<GlobalGoal> globalGoals = new ArrayList<>();
    for (Node node : map.list("globalGoals", false)) {
      String text = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
      if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 17) {
        problems.add(node, map.what() + ": Agenda 2030 has global goals 1 to 17, got '" + CellValues.abbreviate(text) + "'");
      } else {
        globalGoals.add(GlobalGoal.of(Integer.parseInt(text)));
      }
    }
    if (level == null || title == null) {
      return null;
    }
    Goal[] goal = new Goal[1];
    build(item.node(), map.what(), () -> goal[0] = new Goal(item.key(), level, map.text("parent", false),
        map.text("number", false), title, type, map.text("perspective", false), map.text("description", false),
        map.text("followUp", false), globalGoals, map.texts("qualityAreas"), map.text("withoutSubgoal", false),
        map.text("rule", false), map.text("replaces", false)));
    return goal[0];
  }

  List<Indicator> indicators(YamlMap list, String field, String pathPrefix) {
    List<Indicator> indicators = new ArrayList<>();
    for (Keyed item : list.keyed(field, "indicator", INDICATOR_FIELDS)) {
      Indicator indicator = indicator(item, pathPrefix);
      if (indicator != null) {
        indicators.add(indicator);
      }
    }
    return indicators;
  }

  private Indicator indicator(Keyed item, String pathPrefix) {
    YamlMap map = item.map();
    String where = map.what();
    locate(pathPrefix + item.key(), item.node(), map, "goal", "rule", "replaces", "targets");
    String name = map.text("name", true);
    IndicatorUnit unit = map.has("unit")
        ? map.choice("unit", true, IndicatorUnit::parse, names(IndicatorUnit.values(), IndicatorUnit::fileName))
        : IndicatorUnit.NUMBER;
    Better better = map.choice("better", false, text -> Arrays.stream(Better.values())
        .filter(b -> b.name().toLowerCase(java.util.Locale.ROOT).equals(text)).findFirst(), List.of("higher", "lower"));
    IndicatorLevel level = map.choice("level", false, text -> Arrays.stream(IndicatorLevel.values())
        .filter(l -> l.name().toLowerCase(java.util.Locale.ROOT).equals(text)).findFirst(), List.of("committee", "office", "unit"));
    Source source = map.map("source", false).map(s -> source(s)).orElse(null);
    Baseline baseline = map.map("baseline", false).map(b -> baseline(b, unit)).orElse(null);
    List<TargetSpec> targets = new ArrayList<>();
    for (Node node : map.list("targets", false)) {
      YamlMap.of(node, where + ", target", problems).map(t -> target(t)).ifPresent(targets::add);
    }
    List<IndicatorValue> values = new ArrayList<>();
    Map<String, Node> periods = new LinkedHashMap<>();
    for (Node node : map.list("values", false)) {
      YamlMap.of(node, where + ", value", problems).map(v -> value(v, unit)).ifPresent(v -> {
        Node first = periods.putIfAbsent(v.period(), node);
        if (first != null) {
          problems.add(node, where + ": two values for period " + v.period() + " (first at line " + Problems.line(first) + ")");
        } else {
          values.add(v);
        }
      });
    }
    Forecast forecast = map.map("forecast", false).map(f -> forecast(f)).orElse(null);
    if (name == null || unit == null) {
      return null;
    }
    Indicator[] indicator = new Indicator[1];
    build(item.node(), where, () -> indicator[0] = new Indicator(item.key(), map.text("goal", false), name, unit, better,
        level, source, baseline, targets, values, forecast, map.texts("footnotes"), map.text("rule", false),
        map.text("replaces", false)));
    return indicator[0];
  }

  private Source source(YamlMap map) {
    map.allowOnly(Set.of("type", "name", "kpi"));
    SourceType type = map.choice("type", true, SourceType::parse, names(SourceType.values(), SourceType::fileName));
    if (type == null) {
      return null;
    }
    Source[] source = new Source[1];
    build(map.node(), map.what(), () -> source[0] = new Source(type, map.text("name", false), map.text("kpi", false)));
    return source[0];
  }

  private Baseline baseline(YamlMap map, IndicatorUnit unit) {
    map.allowOnly(Set.of("printed", "value", "low", "high", "period", "new"));
    Quantity value = quantity(map, unit);
    String period = period(map, "period", false);
    Baseline[] baseline = new Baseline[1];
    build(map.node(), map.what(), () -> baseline[0] = new Baseline(map.text("printed", false), value, period,
        map.flag("new", false)));
    return baseline[0];
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
        problems.add(map.field("target").get(), map.what() + ": " + e.getMessage());
        return null;
      }
    }
    Target parsed = target;
    TargetSpec[] spec = new TargetSpec[1];
    build(map.node(), map.what(), () -> spec[0] = new TargetSpec(years, printed, parsed));
    return spec[0];
  }

  private IndicatorValue value(YamlMap map, IndicatorUnit unit) {
    map.allowOnly(Set.of("period", "printed", "value", "low", "high", "missing", "rank", "of"));
    String period = period(map, "period", true);
    Quantity value = quantity(map, unit);
    boolean missing = map.flag("missing", false);
    if (period == null || (value == null && (map.has("value") || map.has("low") || map.has("high")))) {
      return null;
    }
    IndicatorValue[] result = new IndicatorValue[1];
    build(map.node(), map.what() + " " + period, () -> result[0] = new IndicatorValue(period, map.text("printed", false),
        value, missing, map.integer("rank", false), map.integer("of", false)));
    return result[0];
  }

  private Forecast forecast(YamlMap map) {
    map.allowOnly(Set.of("period", "direction", "printed"));
    Forecast.Direction direction = map.choice("direction", true, text -> Arrays.stream(Forecast.Direction.values())
        .filter(d -> d.name().toLowerCase(java.util.Locale.ROOT).equals(text)).findFirst(), List.of("increasing", "decreasing", "unchanged"));
    String period = period(map, "period", false);
    return direction == null ? null : new Forecast(period, direction, map.text("printed", false));
  }

  /** A value as the indicator's unit allows it: a number, true/false, '3/5', or low and high. */
  private Quantity quantity(YamlMap map, IndicatorUnit unit) {
    if (map.has("low") || map.has("high")) {
      BigDecimal low = map.decimal("low", true);
      BigDecimal high = map.decimal("high", true);
      if (map.has("value")) {
        problems.add(map.field("value").get(), map.what() + ": a value is either a number or a range (low, high)");
      }
      if (low == null || high == null || (unit != null && !unit.isNumeric())) {
        if (unit != null && !unit.isNumeric()) {
          problems.add(map.node(), map.what() + ": a range is not a value of unit " + unit.fileName());
        }
        return null;
      }
      Quantity[] range = new Quantity[1];
      build(map.node(), map.what(), () -> range[0] = new Quantity.Range(low, high));
      return range[0];
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
        problems.add(node.get(), map.what() + ": '" + CellValues.abbreviate(text) + "' is not a value of unit yes_no (true or false)");
        return null;
      case COUNT_OF_SET:
        if (text.matches("\\d{1,6}/\\d{1,6}")) {
          String[] parts = text.split("/");
          Quantity[] share = new Quantity[1];
          build(node.get(), map.what(), () -> share[0] = new Quantity.Share(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
          return share[0];
        }
        problems.add(node.get(), map.what() + ": '" + CellValues.abbreviate(text) + "' is not a value of unit count_of_set (like '3/5')");
        return null;
      default:
        if (text.equals("true") || text.equals("false") || text.matches("\\d+/\\d+")) {
          problems.add(node.get(), map.what() + ": '" + text + "' is not a value of unit " + unit.fileName() + " (a number)");
          return null;
        }
        BigDecimal number = CellValues.number(node.get(), map.what(), problems);
        return number == null ? null : new Quantity.Amount(number);
    }
  }

  private String period(YamlMap map, String field, boolean required) {
    String text = map.text(field, required);
    if (text == null) {
      return null;
    }
    if (!Period.isValid(text.strip())) {
      problems.add(map.field(field).get(), map.what() + ": period '" + CellValues.abbreviate(text)
          + "' is not a year or period like '2024', '2024-08', '2024-T1' or '2024-H1'");
      return null;
    }
    return text.strip();
  }

  List<ComparisonData> comparisons(YamlMap file) {
    List<ComparisonData> result = new ArrayList<>();
    for (Node node : file.list("comparisons", false)) {
      YamlMap.of(node, "comparison", problems).ifPresent(map -> {
        map.allowOnly(Set.of("kpi", "period", "values"));
        String kpi = map.text("kpi", true);
        String period = period(map, "period", true);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        map.field("values").ifPresent(v -> {
          if (!(v instanceof MappingNode mapping)) {
            problems.add(v, "comparison '" + kpi + "': values are municipality code: value");
            return;
          }
          for (NodeTuple tuple : mapping.getValue()) {
            String code = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!code.matches("\\d{4}")) {
              problems.add(tuple.getKeyNode(), "comparison '" + kpi + "': '" + CellValues.abbreviate(code)
                  + "' is not a four-digit municipality code");
              continue;
            }
            BigDecimal value = CellValues.number(tuple.getValueNode(), "comparison '" + kpi + "', " + code, problems);
            if (value != null && values.putIfAbsent(code, value) != null) {
              problems.add(tuple.getKeyNode(), "comparison '" + kpi + "': municipality " + code + " twice");
            }
          }
        });
        if (kpi != null && period != null) {
          build(node, "comparison '" + kpi + "'", () -> result.add(new ComparisonData(kpi, period, values)));
        }
      });
    }
    return result;
  }

  /** Runs a constructor; its refusal becomes a problem at the item. */
  void build(Node node, String where, Runnable construct) {
    try {
      construct.run();
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(node, (where.isEmpty() ? "" : where + ": ") + e.getMessage());
    }
  }

  private void locate(String path, Node node, YamlMap map, String... fields) {
    locations.field(path, node);
    for (String field : fields) {
      map.field(field).ifPresent(n -> locations.field(path + "/" + field, n));
    }
  }

  static <E> List<String> names(E[] values, java.util.function.Function<E, String> name) {
    return Arrays.stream(values).map(name).toList();
  }

}
