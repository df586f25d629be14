package se.styr.plan;

import static se.styr.plan.PartField.Input.FLAG;
import static se.styr.plan.PartField.Input.INTEGER;
import static se.styr.plan.PartField.Input.INTEGERS;
import static se.styr.plan.PartField.Input.LINES;
import static se.styr.plan.PartField.Input.NUMBER;
import static se.styr.plan.PartField.Input.VALUE;
import static se.styr.plan.PartField.choice;
import static se.styr.plan.PartField.longText;
import static se.styr.plan.PartField.of;
import static se.styr.plan.PartField.reference;
import static se.styr.plan.PartField.references;
import static se.styr.plan.PartField.text;
import static se.styr.plan.PartField.yesNo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.styr.budget.ColumnType;
import se.styr.budget.FrameChange;
import se.styr.budget.InvestmentKind;
import se.styr.budget.RowRole;
import se.styr.budget.TableKind;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.AssignmentSource;
import se.styr.goals.Better;
import se.styr.goals.BudgetMeasure;
import se.styr.goals.CouncilGoalType;
import se.styr.goals.GapPolicy;
import se.styr.goals.IndicatorLevel;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.LevelKind;
import se.styr.goals.Outlook;
import se.styr.goals.RuleKind;
import se.styr.goals.SourceType;
import se.styr.plan.PartField.Names;
import se.styr.shared.FileWords;
import se.styr.shared.Status;

/**
 * Every part of a plan beside its tables and text that the browser edits, field by field as the
 * plan file has them (docs/plan-format.md): the goal chain with its levels and assessment rules,
 * the commitments, reservations, savings measures, internal control, providers and operational
 * measures. The plan file's reader stays the one rule set: a form only types values in.
 */
public final class PlanParts {
  private static final List<String> STATUS = FileWords.all(Status.class);
  private static final List<String> RESULTS =
      List.of("met", "partly_met", "not_met", "green", "yellow", "red");
  private static final List<String> COLOURS = List.of("green", "yellow", "red", "grey");

  private static final List<PartKind> ALL = build();
  private static final List<PartKind> CONTENT = content();

  private PlanParts() {}

  /** The top kinds in the order the plan file writes them. */
  public static List<PartKind> all() {
    return ALL;
  }

  /**
   * The kinds of the plan's content, in the one list of the plan file's {@code content}: text
   * sections (with their headings) and tables (with their columns and rows, changed here but added,
   * removed and moved on the table's shape page, where their figures stay in line); and the figures
   * the running text states, held to the tables.
   */
  public static List<PartKind> contentKinds() {
    return CONTENT;
  }

  /** Whether a kind lies in the plan's content (its tables and text) rather than beside it. */
  public static boolean inContent(PartKind kind) {
    return CONTENT.contains(kind);
  }

  /**
   * Whether an item of a kind's list is one of the kind's: the plan's content holds text sections,
   * tables and tables printed again (a table's key alone) in one list; every other list holds one
   * kind.
   */
  public static boolean holds(PartKind kind, org.snakeyaml.engine.v2.nodes.MappingNode item) {
    if (!inContent(kind)) {
      return true;
    }
    if (PartTree.field(item, kind.keyName()).isEmpty()) {
      return false;
    }
    return !kind.keyName().equals("table")
        || java.util.stream.Stream.of("kind", "columns", "rows")
            .anyMatch(f -> PartTree.field(item, f).isPresent());
  }

  public static Optional<PartKind> kind(String name) {
    return java.util.stream.Stream.concat(ALL.stream(), CONTENT.stream())
        .filter(k -> k.name().equals(name))
        .findFirst();
  }

  private static List<PartKind> content() {
    PartKind sections =
        new PartKind(
                "sections",
                List.of("content"),
                true,
                false,
                "title",
                null,
                List.of(
                    text("title"), of("level", INTEGER).labelled("headingLevel"), longText("text")),
                List.of())
            .keyedBy("section");
    PartKind columns =
        new PartKind(
                "columns",
                List.of("columns"),
                true,
                false,
                "label",
                null,
                List.of(
                    text("label").mandatory(),
                    choice("type", FileWords.all(ColumnType.class)).mandatory(),
                    of("year", INTEGER),
                    text("asOf"),
                    text("unit"),
                    text("formula")),
                List.of())
            .fixedItems();
    PartKind rows =
        new PartKind(
                "rows",
                List.of("rows"),
                true,
                false,
                "label",
                null,
                List.of(
                    text("label").mandatory(),
                    choice("role", FileWords.all(RowRole.class)),
                    reference("area", Names.AREAS),
                    text("parent").labelled("parentRow"),
                    text("group"),
                    text("formula"),
                    text("note"),
                    choice("category", FileWords.all(FrameChange.Category.class)),
                    of("percent", NUMBER),
                    choice("duration", FileWords.all(FrameChange.Duration.class)),
                    text("counterpart"),
                    of("frameYear", INTEGER),
                    reference("from", Names.AREAS),
                    reference("to", Names.AREAS),
                    choice("investment", FileWords.all(InvestmentKind.class))),
                List.of())
            .fixedItems();
    PartKind tables =
        new PartKind(
                "tables",
                List.of("content"),
                true,
                false,
                "title",
                null,
                List.of(
                    choice(
                            "kind",
                            java.util.Arrays.stream(TableKind.values())
                                .map(TableKind::fileName)
                                .toList())
                        .mandatory(),
                    text("title").mandatory(),
                    text("unit").mandatory(),
                    yesNo("unitPrinted"),
                    yesNo("itemised"),
                    text("distributes"),
                    of("footnotes", LINES),
                    of("relations", LINES)),
                List.of(columns, rows))
            .keyedBy("table");
    PartKind figures =
        new PartKind(
            "textFigures",
            List.of("textFigures"),
            true,
            false,
            "text",
            null,
            List.of(
                longText("text").mandatory().labelled("sentence"),
                of("value", NUMBER).mandatory(),
                text("unit").mandatory(),
                text("equals").mandatory()),
            List.of());
    return List.of(sections, tables, figures);
  }

  private static List<PartKind> build() {
    List<PartKind> kinds = new ArrayList<>();
    kinds.add(
        list(
            "goalLevels",
            "name",
            null,
            List.of(
                text("name").mandatory(),
                choice("kind", FileWords.all(LevelKind.class)).mandatory(),
                reference("rule", Names.RULES))));
    kinds.add(list("qualityAreas", "name", null, List.of(text("name").mandatory())));
    kinds.add(
        new PartKind(
            "assessment",
            List.of("assessment"),
            false,
            true,
            null,
            null,
            List.of(reference("indicatorRule", Names.RULES)),
            List.of(
                new PartKind(
                    "rules",
                    List.of("rules"),
                    true,
                    false,
                    "kind",
                    null,
                    List.of(
                        choice("kind", FileWords.all(RuleKind.class)).mandatory(),
                        of("precision", INTEGER),
                        choice("gaps", FileWords.all(GapPolicy.class)),
                        choice("reads", FileWords.all(BudgetMeasure.class))),
                    List.of(
                        unkeyed(
                            "bands",
                            "printed",
                            List.of(
                                of("from", NUMBER).mandatory(),
                                of("to", NUMBER).mandatory(),
                                choice("result", RESULTS).mandatory(),
                                text("printed"))))),
                unkeyed(
                    "scale",
                    "printed",
                    List.of(
                        references("shows", Names.NONE).mandatory(),
                        choice("colour", COLOURS).mandatory(),
                        text("printed"))),
                unkeyed(
                    "manual",
                    "justification",
                    List.of(
                        reference("goal", Names.GOALS),
                        reference("indicator", Names.INDICATORS),
                        of("year", INTEGER).mandatory(),
                        choice("result", List.of("met", "partly_met", "not_met", "not_assessed"))
                            .mandatory(),
                        text("by").mandatory(),
                        text("date"),
                        longText("justification").mandatory())))));
    kinds.add(list("goals", "title", "key", goalFields(false)));
    kinds.add(indicators("indicators", false));
    kinds.add(
        list(
            "activities",
            "title",
            "goal",
            List.of(
                reference("goal", Names.GOALS),
                reference("indicator", Names.INDICATORS),
                text("title").mandatory(),
                longText("description"),
                text("responsible"),
                text("due"),
                choice("status", STATUS))));
    kinds.add(
        list(
            "assignments",
            "title",
            null,
            List.of(
                choice("from", FileWords.all(AssignmentSource.class)).mandatory(),
                text("reference"),
                text("title").mandatory(),
                longText("description"),
                longText("planningComment"),
                of("amount", NUMBER),
                text("unit"),
                choice("status", STATUS))));
    kinds.add(
        list(
            "priorityDirections",
            "title",
            null,
            List.of(
                text("title").mandatory(),
                longText("implementationPlan"),
                choice("status", STATUS))));
    kinds.add(
        new PartKind(
            "actionPlans",
            List.of("actionPlans"),
            true,
            false,
            "title",
            null,
            List.of(text("title").mandatory(), reference("goal", Names.GOALS)),
            List.of(
                new PartKind(
                    "items",
                    List.of("items"),
                    true,
                    false,
                    "activity",
                    null,
                    List.of(
                        longText("activity").mandatory(),
                        longText("followUp"),
                        text("responsible"),
                        longText("effect"),
                        text("due"),
                        choice("status", STATUS)),
                    List.of()))));
    kinds.add(
        list(
            "focusAreas",
            "title",
            null,
            List.of(text("title").mandatory(), longText("response"), choice("status", STATUS))));
    kinds.add(
        new PartKind(
            "reservations",
            List.of("reservations"),
            true,
            false,
            "title",
            null,
            List.of(
                text("member.name").mandatory(),
                text("member.party"),
                text("date"),
                text("title"),
                longText("motivation")),
            List.of(
                new PartKind(
                    "points",
                    List.of("points"),
                    false,
                    false,
                    "proposal",
                    null,
                    List.of(
                        of("number", INTEGER).mandatory(),
                        references("concerns", Names.GOALS_AND_INDICATORS),
                        longText("proposal"),
                        longText("reason")),
                    List.of(
                        new PartKind(
                            "goals",
                            List.of("goals"),
                            true,
                            false,
                            "title",
                            null,
                            goalFields(true),
                            List.of()),
                        indicators("indicators", true))))));
    kinds.add(
        new PartKind(
            "savingsMeasures",
            List.of("savingsMeasures"),
            false,
            true,
            null,
            null,
            List.of(text("unit"), of("total", NUMBER)),
            List.of(
                new PartKind(
                    "savings",
                    List.of("measures"),
                    true,
                    false,
                    "title",
                    "area",
                    List.of(
                        reference("area", Names.AREAS),
                        text("title").mandatory(),
                        of("amount", NUMBER),
                        choice("status", STATUS)),
                    List.of()))));
    kinds.add(
        new PartKind(
            "internalControl",
            List.of("internalControl"),
            false,
            true,
            null,
            null,
            List.of(text("decided"), of("matrix.size", INTEGER)),
            List.of(
                unkeyed(
                    "bands",
                    List.of("matrix", "bands"),
                    "printed",
                    List.of(
                        of("from", INTEGER).mandatory(),
                        of("to", INTEGER).mandatory(),
                        choice("colour", COLOURS).mandatory(),
                        text("printed"))),
                new PartKind(
                    "risks",
                    List.of("risks"),
                    true,
                    false,
                    "area",
                    null,
                    List.of(
                        text("area").mandatory(),
                        longText("risk"),
                        of("likelihood", INTEGER),
                        of("consequence", INTEGER),
                        of("riskValue", INTEGER),
                        longText("method"),
                        text("frequency"),
                        text("responsible"),
                        references("reporting", Names.NONE),
                        text("reportingPrinted")),
                    List.of()))));
    kinds.add(
        list(
            "providers",
            "operation",
            "area",
            List.of(
                text("operation").mandatory(), text("provider"), reference("area", Names.AREAS))));
    kinds.add(
        list(
            "measures",
            "name",
            "area",
            List.of(reference("area", Names.AREAS), text("name").mandatory(), text("unit"))));
    return List.copyOf(kinds);
  }

  /** The words a reporting field takes: monthly, tertial, interim, annual. */
  public static List<String> reportingWords() {
    return FileWords.all(ReportingOccasion.class);
  }

  private static List<PartField> goalFields(boolean proposed) {
    List<PartField> fields = new ArrayList<>();
    fields.add(reference("level", Names.GOAL_LEVELS).mandatory());
    fields.add(reference("parent", Names.GOALS));
    fields.add(text("number"));
    fields.add(text("title").mandatory());
    fields.add(choice("type", FileWords.all(CouncilGoalType.class)));
    fields.add(text("perspective"));
    fields.add(longText("description"));
    fields.add(longText("followUp"));
    fields.add(of("globalGoals", INTEGERS));
    fields.add(references("qualityAreas", Names.QUALITY_AREAS));
    fields.add(text("withoutSubgoal"));
    fields.add(reference("rule", Names.RULES));
    if (proposed) {
      fields.add(reference("replaces", Names.GOALS));
    }
    return fields;
  }

  private static PartKind indicators(String name, boolean proposed) {
    List<PartField> fields = new ArrayList<>();
    fields.add(reference("goal", Names.GOALS));
    fields.add(text("name").mandatory());
    fields.add(choice("unit", FileWords.all(IndicatorUnit.class)));
    fields.add(choice("better", FileWords.all(Better.class)));
    fields.add(choice("level", FileWords.all(IndicatorLevel.class)));
    fields.add(choice("source.type", FileWords.all(SourceType.class)));
    fields.add(text("source.name"));
    fields.add(text("source.kpi"));
    fields.add(text("baseline.printed"));
    fields.add(of("baseline.value", VALUE));
    fields.add(of("baseline.low", NUMBER));
    fields.add(of("baseline.high", NUMBER));
    fields.add(text("baseline.period"));
    fields.add(of("baseline.new", FLAG));
    fields.add(choice("outlook.direction", FileWords.all(Outlook.Direction.class)));
    fields.add(text("outlook.period"));
    fields.add(text("outlook.printed"));
    fields.add(of("footnotes", LINES));
    fields.add(reference("rule", Names.RULES));
    fields.add(choice("measures", FileWords.all(BudgetMeasure.class)));
    if (proposed) {
      fields.add(reference("replaces", Names.INDICATORS));
    }
    return new PartKind(
        name,
        List.of(name),
        true,
        false,
        "name",
        proposed ? null : "goal",
        fields,
        List.of(
            unkeyed(
                "targets",
                "printed",
                List.of(of("years", INTEGERS).mandatory(), text("printed"), text("target"))),
            unkeyed(
                "values",
                "period",
                List.of(
                    text("period").mandatory(),
                    text("printed"),
                    of("value", VALUE),
                    of("low", NUMBER),
                    of("high", NUMBER),
                    of("missing", FLAG),
                    of("rank", INTEGER),
                    of("of", INTEGER)))));
  }

  private static PartKind list(
      String name, String titleField, String owner, List<PartField> fields) {
    return new PartKind(name, List.of(name), true, false, titleField, owner, fields, List.of());
  }

  private static PartKind unkeyed(String name, String titleField, List<PartField> fields) {
    return unkeyed(name, List.of(name), titleField, fields);
  }

  private static PartKind unkeyed(
      String name, List<String> path, String titleField, List<PartField> fields) {
    return new PartKind(name, path, false, false, titleField, null, fields, List.of());
  }
}
