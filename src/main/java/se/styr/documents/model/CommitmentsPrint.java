package se.styr.documents.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.styr.budget.SavingsMeasures;
import se.styr.followup.ControlRisk;
import se.styr.followup.InternalControlPlan;
import se.styr.followup.RiskBand;
import se.styr.followup.RiskMatrix;
import se.styr.goals.ActionPlan;
import se.styr.goals.Activity;
import se.styr.goals.Assignment;
import se.styr.goals.FocusArea;
import se.styr.goals.PriorityDirection;
import se.styr.organisation.OperationalArea;
import se.styr.plan.PlanDocument;
import se.styr.shared.Status;
import se.styr.shared.SwedishNumbers;

/**
 * What the committee commits to beside its goals, printed part by part: activities, assignments,
 * priority directions with their implementation plans, action plans, the council's focus areas with
 * the committee's response, savings measures with their total, operational measures, the internal
 * control plan and private providers. A status column appears only where some item has left
 * "planned", as on the goals tab.
 */
final class CommitmentsPrint {
  private final PlanDocument plan;
  private final Map<String, String> areaNames = new HashMap<>();
  private final Map<String, String> goalNames = new HashMap<>();
  private final Map<String, String> indicatorNames = new HashMap<>();

  CommitmentsPrint(PlanDocument plan, List<OperationalArea> areas) {
    this.plan = plan;
    areas.forEach(a -> areaNames.put(a.key(), a.name()));
    plan.goals().goals().forEach(g -> goalNames.put(g.key(), g.label()));
    plan.goals().indicators().forEach(i -> indicatorNames.put(i.key(), i.name()));
  }

  boolean isEmpty(DocumentLayout.Part part) {
    return switch (part) {
      case ACTIVITIES -> plan.goals().activities().isEmpty();
      case ASSIGNMENTS -> plan.goals().assignments().isEmpty();
      case PRIORITY_DIRECTIONS -> plan.goals().priorityDirections().isEmpty();
      case ACTION_PLANS -> plan.goals().actionPlans().isEmpty();
      case FOCUS_AREAS -> plan.goals().focusAreas().isEmpty();
      case SAVINGS_MEASURES -> plan.savingsMeasures().isEmpty();
      case OPERATIONAL_MEASURES -> plan.followUp().measures().isEmpty();
      case INTERNAL_CONTROL -> plan.followUp().internalControl().isEmpty();
      case PROVIDERS -> plan.followUp().providers().isEmpty();
      default -> throw new IllegalArgumentException("not a commitment: " + part);
    };
  }

  /** Prints {@code part}; headings of its items at {@code level}. */
  void print(DocumentLayout.Part part, int level, Body body) {
    switch (part) {
      case ACTIVITIES -> activities(body);
      case ASSIGNMENTS -> plan.goals().assignments().forEach(a -> assignment(a, level, body));
      case PRIORITY_DIRECTIONS ->
          plan.goals().priorityDirections().forEach(d -> direction(d, level, body));
      case ACTION_PLANS -> plan.goals().actionPlans().forEach(p -> actionPlan(p, level, body));
      case FOCUS_AREAS -> plan.goals().focusAreas().forEach(f -> focusArea(f, level, body));
      case SAVINGS_MEASURES -> savings(body);
      case OPERATIONAL_MEASURES -> measures(body);
      case INTERNAL_CONTROL -> control(body);
      case PROVIDERS -> providers(body);
      default -> throw new IllegalArgumentException("not a commitment: " + part);
    }
  }

  private void activities(Body body) {
    List<Activity> activities = plan.goals().activities();
    boolean status = anyStarted(activities, Activity::status);
    List<PrintedTable.Column> columns =
        columns("goals.activity", "goals.activity.for", "goals.responsible", "goals.due");
    if (status) {
      columns.add(text("goals.status"));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (Activity activity : activities) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  activity.description() == null
                      ? activity.title()
                      : DocumentWords.get(
                          "document.activity.description",
                          activity.title(),
                          activity.description().strip()),
                  target(activity),
                  orEmpty(activity.responsible()),
                  orEmpty(activity.due())));
      if (status) {
        cells.add(status(activity.status()));
      }
      rows.add(PrintedTable.Row.item(cells));
    }
    body.table(
        new PrintedTable(
            body.anchor("aktiviteter"),
            DocumentWords.get("goals.activities.heading"),
            null,
            columns,
            rows,
            List.of(),
            false));
  }

  private String target(Activity activity) {
    List<String> names = new ArrayList<>();
    if (activity.goal() != null) {
      names.add(goalNames.getOrDefault(activity.goal(), activity.goal()));
    }
    if (activity.indicator() != null) {
      names.add(indicatorNames.getOrDefault(activity.indicator(), activity.indicator()));
    }
    return String.join("; ", names);
  }

  private void assignment(Assignment assignment, int level, Body body) {
    body.heading(
        level,
        assignment.title() != null
            ? assignment.title()
            : DocumentWords.get("goals.assignment.untitled"),
        "uppdrag-" + assignment.key());
    List<TitlePage.Fact> facts = new ArrayList<>();
    facts.add(
        fact(
            "goals.assignment.source",
            DocumentWords.of("goals.assignment.source.", assignment.from())));
    if (assignment.reference() != null) {
      facts.add(fact("goals.assignment.reference", assignment.reference()));
    }
    if (assignment.amount() != null) {
      facts.add(
          fact("goals.assignment.amount", amount(assignment.amount()) + " " + assignment.unit()));
    }
    if (assignment.status() != Status.PLANNED) {
      facts.add(fact("goals.status", status(assignment.status())));
    }
    body.facts(facts);
    body.paragraphs(
        assignment.title() == null ? null : DocumentWords.get("goals.assignment.description"),
        assignment.description());
    body.paragraphs(
        DocumentWords.get("goals.assignment.planningComment"), assignment.planningComment());
  }

  private void direction(PriorityDirection direction, int level, Body body) {
    body.heading(level, direction.title(), "inriktning-" + direction.key());
    if (direction.status() != Status.PLANNED) {
      body.facts(List.of(fact("goals.status", status(direction.status()))));
    }
    body.paragraphs(DocumentWords.get("goals.direction.plan"), direction.implementationPlan());
  }

  private void actionPlan(ActionPlan plan, int level, Body body) {
    body.heading(level, plan.title(), "handlingsplan-" + plan.key());
    if (plan.goal() != null) {
      body.facts(
          List.of(
              new TitlePage.Fact(
                  DocumentWords.get("goals.actionPlan.goal").replace(":", ""),
                  goalNames.getOrDefault(plan.goal(), plan.goal()))));
    }
    boolean status = anyStarted(plan.items(), ActionPlan.Item::status);
    List<PrintedTable.Column> columns =
        columns(
            "goals.activity",
            "goals.actionPlan.followUp",
            "goals.responsible",
            "goals.actionPlan.effect",
            "goals.due");
    if (status) {
      columns.add(text("goals.status"));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (ActionPlan.Item item : plan.items()) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  item.activity(),
                  orEmpty(item.followUp()),
                  orEmpty(item.responsible()),
                  orEmpty(item.effect()),
                  orEmpty(item.due())));
      if (status) {
        cells.add(status(item.status()));
      }
      rows.add(PrintedTable.Row.item(cells));
    }
    body.table(
        new PrintedTable(
            body.anchor("handlingsplan-" + plan.key() + "-tabell"),
            plan.title(),
            null,
            columns,
            rows,
            List.of(),
            false));
  }

  private void focusArea(FocusArea area, int level, Body body) {
    body.heading(level, area.title(), "fokusomrade-" + area.key());
    if (area.status() != Status.PLANNED) {
      body.facts(List.of(fact("goals.status", status(area.status()))));
    }
    body.paragraphs(DocumentWords.get("goals.focusArea.response"), area.response());
  }

  private void savings(Body body) {
    SavingsMeasures savings = plan.savingsMeasures();
    boolean status = anyStarted(savings.measures(), SavingsMeasures.Measure::status);
    boolean areas = savings.measures().stream().anyMatch(m -> m.area() != null);
    List<PrintedTable.Column> columns = columns("goals.savings.measure");
    if (areas) {
      columns.add(text("goals.area"));
    }
    columns.add(new PrintedTable.Column(DocumentWords.get("goals.savings.amount"), true));
    if (status) {
      columns.add(text("goals.status"));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (SavingsMeasures.Measure measure : savings.measures()) {
      List<String> cells = new ArrayList<>();
      cells.add(measure.title());
      if (areas) {
        cells.add(area(measure.area()));
      }
      cells.add(amount(measure.amount()));
      if (status) {
        cells.add(status(measure.status()));
      }
      rows.add(PrintedTable.Row.item(cells));
    }
    if (savings.total() != null) {
      List<String> cells = new ArrayList<>();
      cells.add(DocumentWords.get("document.savings.total"));
      if (areas) {
        cells.add("");
      }
      cells.add(amount(savings.total()));
      if (status) {
        cells.add("");
      }
      rows.add(new PrintedTable.Row(cells, PrintedTable.RowKind.TOTAL, 0));
    }
    body.table(
        new PrintedTable(
            body.anchor("besparingsatgarder"),
            DocumentWords.get("goals.savings.heading"),
            savings.unit(),
            columns,
            rows,
            List.of(),
            false));
  }

  private void measures(Body body) {
    List<PrintedTable.Row> rows =
        plan.followUp().measures().stream()
            .map(m -> PrintedTable.Row.item(List.of(m.name(), area(m.area()), orEmpty(m.unit()))))
            .toList();
    body.table(
        new PrintedTable(
            body.anchor("verksamhetsmatt"),
            DocumentWords.get("goals.measures.heading"),
            null,
            columns("goals.measure", "goals.area", "document.measure.unit"),
            rows,
            List.of(),
            false));
  }

  private void control(Body body) {
    InternalControlPlan control = plan.followUp().internalControl();
    if (control.decided() != null) {
      body.facts(List.of(fact("document.control.decided", control.decided().toString())));
    }
    if (control.risks().isEmpty()) {
      return;
    }
    List<PrintedTable.Column> columns = columns("goals.control.area", "goals.control.risk");
    columns.add(new PrintedTable.Column(DocumentWords.get("document.control.likelihood"), true));
    columns.add(new PrintedTable.Column(DocumentWords.get("document.control.consequence"), true));
    columns.add(new PrintedTable.Column(DocumentWords.get("document.control.riskValue"), true));
    columns.addAll(
        columns(
            "goals.control.method",
            "goals.control.frequency",
            "document.control.responsible",
            "goals.control.reporting"));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (ControlRisk risk : control.risks()) {
      rows.add(
          PrintedTable.Row.item(
              List.of(
                  orEmpty(risk.area()),
                  orEmpty(risk.risk()),
                  number(risk.likelihood()),
                  number(risk.consequence()),
                  riskValue(risk, control.matrix()),
                  orEmpty(risk.method()),
                  orEmpty(risk.frequency()),
                  orEmpty(risk.responsible()),
                  reporting(risk))));
    }
    body.table(
        new PrintedTable(
            body.anchor("internkontrollplan"),
            DocumentWords.get("goals.control.heading"),
            null,
            columns,
            rows,
            List.of(),
            false));
  }

  private static String reporting(ControlRisk risk) {
    if (risk.reportingPrinted() != null) {
      return risk.reportingPrinted();
    }
    return String.join(
        ", ", risk.reporting().stream().map(o -> DocumentWords.of("goals.reporting.", o)).toList());
  }

  private void providers(Body body) {
    boolean areas = plan.followUp().providers().stream().anyMatch(p -> p.area() != null);
    List<PrintedTable.Column> columns =
        columns("goals.provider.operation", "goals.provider.provider");
    if (areas) {
      columns.add(text("goals.area"));
    }
    List<PrintedTable.Row> rows = new ArrayList<>();
    plan.followUp()
        .providers()
        .forEach(
            p -> {
              List<String> cells = new ArrayList<>(List.of(p.operation(), orEmpty(p.provider())));
              if (areas) {
                cells.add(area(p.area()));
              }
              rows.add(PrintedTable.Row.item(cells));
            });
    body.table(
        new PrintedTable(
            body.anchor("privata-utforare"),
            DocumentWords.get("goals.providers.heading"),
            null,
            columns,
            rows,
            List.of(),
            false));
  }

  private String area(String key) {
    return key == null ? "" : areaNames.getOrDefault(key, key);
  }

  private static List<PrintedTable.Column> columns(String... keys) {
    List<PrintedTable.Column> columns = new ArrayList<>();
    for (String key : keys) {
      columns.add(text(key));
    }
    return columns;
  }

  private static PrintedTable.Column text(String key) {
    return new PrintedTable.Column(DocumentWords.get(key), false);
  }

  private static TitlePage.Fact fact(String key, String value) {
    return new TitlePage.Fact(DocumentWords.get(key), value);
  }

  private static String status(Status status) {
    return DocumentWords.of("goals.statusOf.", status);
  }

  private static <T> boolean anyStarted(List<T> items, Function<T, Status> status) {
    return items.stream().anyMatch(i -> status.apply(i) != Status.PLANNED);
  }

  private static String amount(BigDecimal amount) {
    return amount == null ? "" : SwedishNumbers.format(amount, TablePrint.THOUSANDS);
  }

  private static String number(Integer number) {
    return number == null ? "" : number.toString();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** The risk value, with its band's word where the municipality's matrix prints one ("12 Hög"). */
  private static String riskValue(ControlRisk risk, RiskMatrix matrix) {
    String value = number(risk.riskValue());
    return matrix
        .band(risk.riskValue())
        .map(RiskBand::printed)
        .filter(p -> p != null && !p.isBlank())
        .map(p -> value + " " + p)
        .orElse(value);
  }
}
