package se.styr.goals;

import java.math.BigDecimal;
import java.util.Locale;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlNodes.Fields;

/**
 * Writes the goals section of a plan in canonical form, in the order the format lists its fields.
 */
public final class GoalWriter {
  private GoalWriter() {}

  static void write(GoalPlan s, Fields root) {
    root.put("goalLevels", YamlNodes.list(s.goalLevels(), GoalWriter::level))
        .put("qualityAreas", YamlNodes.list(s.qualityAreas(), GoalWriter::qualityArea))
        .put("assessment", assessment(s.assessment()))
        .put("goals", YamlNodes.list(s.goals(), GoalWriter::goal))
        .put("indicators", YamlNodes.list(s.indicators(), GoalWriter::indicator))
        .put("activities", YamlNodes.list(s.activities(), GoalWriter::activity))
        .put("assignments", YamlNodes.list(s.assignments(), GoalWriter::assignment))
        .put(
            "priorityDirections",
            YamlNodes.list(s.priorityDirections(), GoalWriter::priorityDirection))
        .put("actionPlans", YamlNodes.list(s.actionPlans(), GoalWriter::actionPlan))
        .put("focusAreas", YamlNodes.list(s.focusAreas(), GoalWriter::focusArea))
        .put("reservations", YamlNodes.list(s.reservations(), GoalWriter::reservation))
        .put(
            "comparisons",
            YamlNodes.list(
                s.comparisons().stream().filter(c -> c.fetched() == null).toList(),
                GoalWriter::comparison));
  }

  private static Node level(GoalLevel level) {
    return Fields.flow()
        .text("key", level.key())
        .text("name", level.name())
        .text("kind", level.kind().fileName())
        .text("rule", level.rule())
        .node();
  }

  private static Node qualityArea(QualityArea area) {
    return Fields.flow().text("key", area.key()).text("name", area.name()).node();
  }

  private static Node assessment(AssessmentSettings settings) {
    if (settings.isEmpty()) {
      return null;
    }
    return Fields.block()
        .text("indicatorRule", settings.indicatorRule())
        .put("rules", YamlNodes.list(settings.rules(), GoalWriter::rule))
        .put("manual", YamlNodes.list(settings.manual(), GoalWriter::manual))
        .put(
            "scale",
            settings.scale().isStandard()
                ? null
                : YamlNodes.list(settings.scale().steps(), GoalWriter::scaleStep))
        .node();
  }

  private static Node scaleStep(ResultScale.Step step) {
    return Fields.flow()
        .put(
            "shows",
            YamlNodes.flowList(
                java.util.Arrays.stream(ResultScale.Shows.values())
                    .filter(step.shows()::contains)
                    .map(s -> YamlNodes.text(s.fileName()))
                    .toList()))
        .text("colour", step.colour())
        .text("printed", step.printed())
        .node();
  }

  private static Node rule(AssessmentRule rule) {
    return Fields.block()
        .text("key", rule.key())
        .text("kind", rule.kind().fileName())
        .number("precision", rule.precision())
        .text("gaps", rule.bands().isEmpty() ? null : rule.gaps().name().toLowerCase(Locale.ROOT))
        .text("reads", rule.reads() == null ? null : rule.reads().fileName())
        .put("bands", YamlNodes.list(rule.bands(), GoalWriter::band))
        .node();
  }

  private static Node band(RuleBand band) {
    return Fields.flow()
        .number("from", band.from())
        .number("to", band.to())
        .text("result", band.result().fileName())
        .text("printed", band.printed())
        .node();
  }

  private static Node manual(ManualAssessment manual) {
    return Fields.block()
        .text(manual.ofIndicator() ? "indicator" : "goal", manual.subject())
        .number("year", manual.year())
        .text("result", manual.result().fileName())
        .text("by", manual.by())
        .text("date", manual.date() == null ? null : manual.date().toString())
        .text("justification", manual.justification())
        .node();
  }

  static Node goal(Goal goal) {
    return Fields.block()
        .text("key", goal.key())
        .text("level", goal.level())
        .text("parent", goal.parent())
        .text("number", goal.number())
        .text("title", goal.title())
        .text("type", goal.type() == null ? null : goal.type().name().toLowerCase(Locale.ROOT))
        .text("perspective", goal.perspective())
        .text("description", goal.description())
        .text("followUp", goal.followUp())
        .put(
            "globalGoals",
            goal.globalGoals().isEmpty()
                ? null
                : YamlNodes.flowList(
                    goal.globalGoals().stream()
                        .map(g -> YamlNodes.number(BigDecimal.valueOf(g.number())))
                        .toList()))
        .put(
            "qualityAreas",
            goal.qualityAreas().isEmpty()
                ? null
                : YamlNodes.flowList(goal.qualityAreas().stream().map(YamlNodes::text).toList()))
        .text("withoutSubgoal", goal.withoutSubgoal())
        .text("rule", goal.rule())
        .text("replaces", goal.replaces())
        .node();
  }

  /** An indicator as the plan file writes it. */
  public static Node indicator(Indicator indicator) {
    Fields fields =
        Fields.block()
            .text("key", indicator.key())
            .text("goal", indicator.goal())
            .text("name", indicator.name())
            .text(
                "unit",
                indicator.unit() == IndicatorUnit.NUMBER ? null : indicator.unit().fileName())
            .text(
                "better",
                indicator.better() == null
                    ? null
                    : indicator.better().name().toLowerCase(Locale.ROOT))
            .text(
                "level",
                indicator.level() == IndicatorLevel.COMMITTEE
                    ? null
                    : indicator.level().name().toLowerCase(Locale.ROOT));
    if (indicator.source() != null) {
      fields.put(
          "source",
          Fields.flow()
              .text("type", indicator.source().type().fileName())
              .text("name", indicator.source().name())
              .text("kpi", indicator.source().kpi())
              .text("ou", indicator.source().ou())
              .text("gender", indicator.source().gender())
              .put(
                  "compare",
                  indicator.source().compare() == null
                      ? null
                      : compare(indicator.source().compare()))
              .node());
    }
    if (indicator.baseline() != null) {
      Baseline b = indicator.baseline();
      Fields baseline = Fields.flow().text("printed", b.printed());
      quantity(baseline, b.value());
      fields.put(
          "baseline", baseline.text("period", b.period()).flag("new", b.isNew(), false).node());
    }
    fields
        .put("targets", YamlNodes.list(indicator.targets(), GoalWriter::target))
        .put("values", YamlNodes.list(indicator.values(), GoalWriter::value));
    if (indicator.outlook() != null) {
      fields.put(
          "outlook",
          Fields.flow()
              .text("period", indicator.outlook().period())
              .text("direction", indicator.outlook().direction().name().toLowerCase(Locale.ROOT))
              .text("printed", indicator.outlook().printed())
              .node());
    }
    YamlNodes.texts(indicator.footnotes()).ifPresent(n -> fields.put("footnotes", n));
    return fields
        .text("rule", indicator.rule())
        .text("replaces", indicator.replaces())
        .text("measures", indicator.measures() == null ? null : indicator.measures().fileName())
        .node();
  }

  private static Node target(TargetSpec spec) {
    return Fields.flow()
        .put("years", YamlNodes.years(spec.years()))
        .text("printed", spec.printed())
        .text("target", spec.target() == null ? null : spec.target().text())
        .node();
  }

  private static Node value(IndicatorValue value) {
    Fields fields = Fields.flow().text("period", value.period()).text("printed", value.printed());
    quantity(fields, value.value());
    return fields
        .flag("missing", value.missing(), false)
        .number("rank", value.rank())
        .number("of", value.of())
        .put("fetched", value.fetched() == null ? null : fetched(value.fetched()))
        .node();
  }

  private static Node fetched(Fetched fetched) {
    return Fields.flow()
        .text("source", fetched.source())
        .text("on", fetched.on().toString())
        .node();
  }

  /** A value in the plan file's notation: a number, true or false, '3/5', or low and high. */
  public static void quantity(Fields fields, Quantity quantity) {
    if (quantity instanceof Quantity.Amount amount) {
      fields.number("value", amount.value());
    } else if (quantity instanceof Quantity.Answer answer) {
      fields.put(
          "value", new ScalarNode(Tag.BOOL, Boolean.toString(answer.yes()), ScalarStyle.PLAIN));
    } else if (quantity instanceof Quantity.Share share) {
      fields.text("value", share.text());
    } else if (quantity instanceof Quantity.Range range) {
      fields.number("low", range.low()).number("high", range.high());
    }
  }

  private static Node activity(Activity a) {
    return Fields.block()
        .text("key", a.key())
        .text("goal", a.goal())
        .text("indicator", a.indicator())
        .text("title", a.title())
        .text("description", a.description())
        .text("responsible", a.responsible())
        .text("due", a.due())
        .status(a.status())
        .node();
  }

  private static Node assignment(Assignment a) {
    return Fields.block()
        .text("key", a.key())
        .text("from", a.from().fileName())
        .text("reference", a.reference())
        .text("title", a.title())
        .text("description", a.description())
        .text("planningComment", a.planningComment())
        .number("amount", a.amount())
        .text("unit", a.unit())
        .status(a.status())
        .node();
  }

  private static Node priorityDirection(PriorityDirection p) {
    return Fields.block()
        .text("key", p.key())
        .text("title", p.title())
        .text("implementationPlan", p.implementationPlan())
        .status(p.status())
        .node();
  }

  private static Node actionPlan(ActionPlan plan) {
    return Fields.block()
        .text("key", plan.key())
        .text("title", plan.title())
        .text("goal", plan.goal())
        .put(
            "items",
            YamlNodes.list(
                plan.items(),
                item ->
                    Fields.block()
                        .text("key", item.key())
                        .text("activity", item.activity())
                        .text("followUp", item.followUp())
                        .text("responsible", item.responsible())
                        .text("effect", item.effect())
                        .text("due", item.due())
                        .status(item.status())
                        .node()))
        .node();
  }

  private static Node focusArea(FocusArea f) {
    return Fields.block()
        .text("key", f.key())
        .text("title", f.title())
        .text("response", f.response())
        .status(f.status())
        .node();
  }

  private static Node reservation(Reservation r) {
    return Fields.block()
        .text("key", r.key())
        .put(
            "member",
            Fields.flow().text("name", r.member().name()).text("party", r.member().party()).node())
        .text("date", r.date() == null ? null : r.date().toString())
        .text("title", r.title())
        .text("motivation", r.motivation())
        .put("points", YamlNodes.list(r.points(), GoalWriter::point))
        .node();
  }

  private static Node point(Reservation.Point p) {
    return Fields.block()
        .number("number", p.number())
        .put(
            "concerns",
            p.concerns().isEmpty()
                ? null
                : YamlNodes.flowList(p.concerns().stream().map(YamlNodes::text).toList()))
        .text("proposal", p.proposal())
        .text("reason", p.reason())
        .put("goals", YamlNodes.list(p.goals(), GoalWriter::goal))
        .put("indicators", YamlNodes.list(p.indicators(), GoalWriter::indicator))
        .node();
  }

  private static Node compare(ComparisonGroup group) {
    return Fields.flow()
        .text("title", group.title())
        .text("group", group.kolada())
        .put("members", YamlNodes.flowList(group.members().stream().map(YamlNodes::text).toList()))
        .node();
  }

  private static Node comparison(ComparisonData data) {
    Fields values = Fields.flow();
    data.values().forEach((code, value) -> values.number(code, value));
    return Fields.block()
        .text("kpi", data.kpi())
        .text("period", data.period())
        .put("values", values.node())
        .node();
  }
}
