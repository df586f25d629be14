package se.styr.goals;

import se.styr.shared.yaml.CellValues;
import se.styr.shared.yaml.Locations;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlProblems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.budget.SavingsMeasures;
import se.styr.followup.ControlRisk;
import se.styr.followup.InternalControlPlan;
import se.styr.followup.OperationalMeasure;
import se.styr.followup.Provider;
import se.styr.followup.ReportingOccasion;
import se.styr.shared.yaml.YamlMap.Keyed;
import se.styr.shared.Status;

/**
 * Reads what a plan commits to and follows up beside its goals: activities, assignments, priority
 * directions, action plans, focus areas, savings measures, internal control, providers, measures and
 * members' reservations.
 */
public final class CommitmentReader {
  private final YamlProblems problems;
  private final Locations locations;
  private final GoalReader goals;

  public CommitmentReader(YamlProblems problems, Locations locations, GoalReader goals) {
    this.problems = problems;
    this.locations = locations;
    this.goals = goals;
  }

  public List<Activity> activities(YamlMap file) {
    List<Activity> result = new ArrayList<>();
    for (Keyed item : file.keyed("activities", "activity",
        Set.of("key", "goal", "indicator", "title", "description", "responsible", "due", "status"))) {
      YamlMap map = item.map();
      locate("activities/" + item.key(), item, "goal", "indicator");
      String title = map.text("title", true);
      Status status = status(map);
      if (title != null) {
        goals.add(result, item.node(), map.what(), () -> new Activity(item.key(), map.text("goal", false),
            map.text("indicator", false), title, map.text("description", false), map.text("responsible", false),
            map.text("due", false), status));
      }
    }
    return result;
  }

  public List<Assignment> assignments(YamlMap file) {
    List<Assignment> result = new ArrayList<>();
    for (Keyed item : file.keyed("assignments", "assignment", Set.of("key", "from", "reference", "title", "description",
        "planningComment", "amount", "unit", "status"))) {
      YamlMap map = item.map();
      AssignmentSource from = map.word("from", true, AssignmentSource.class);
      BigDecimal amount = map.decimal("amount", false);
      Status status = status(map);
      if (from != null) {
        goals.add(result, item.node(), map.what(), () -> new Assignment(item.key(), from, map.text("reference", false),
            map.text("title", false), map.text("description", false), map.text("planningComment", false), amount,
            map.text("unit", false), status));
      }
    }
    return result;
  }

  public List<PriorityDirection> priorityDirections(YamlMap file) {
    List<PriorityDirection> result = new ArrayList<>();
    for (Keyed item : file.keyed("priorityDirections", "priority direction",
        Set.of("key", "title", "implementationPlan", "status"))) {
      YamlMap map = item.map();
      String title = map.text("title", true);
      Status status = status(map);
      if (title != null) {
        goals.add(result, item.node(), map.what(), () -> new PriorityDirection(item.key(), title,
            map.text("implementationPlan", false), status));
      }
    }
    return result;
  }

  public List<ActionPlan> actionPlans(YamlMap file) {
    List<ActionPlan> result = new ArrayList<>();
    for (Keyed item : file.keyed("actionPlans", "action plan", Set.of("key", "title", "goal", "items"))) {
      YamlMap map = item.map();
      locate("actionPlans/" + item.key(), item, "goal");
      String title = map.text("title", true);
      List<ActionPlan.Item> items = new ArrayList<>();
      for (Keyed entry : map.keyed("items", "item", Set.of("key", "activity", "followUp", "responsible", "effect", "due", "status"))) {
        YamlMap e = entry.map();
        String activity = e.text("activity", true);
        Status status = status(e);
        if (activity != null) {
          goals.add(items, entry.node(), e.what(), () -> new ActionPlan.Item(entry.key(), activity, e.text("followUp", false),
              e.text("responsible", false), e.text("effect", false), e.text("due", false), status));
        }
      }
      if (title != null) {
        goals.add(result, item.node(), map.what(), () -> new ActionPlan(item.key(), title, map.text("goal", false), items));
      }
    }
    return result;
  }

  public List<FocusArea> focusAreas(YamlMap file) {
    List<FocusArea> result = new ArrayList<>();
    for (Keyed item : file.keyed("focusAreas", "focus area", Set.of("key", "title", "response", "status"))) {
      YamlMap map = item.map();
      String title = map.text("title", true);
      Status status = status(map);
      if (title != null) {
        goals.add(result, item.node(), map.what(), () -> new FocusArea(item.key(), title, map.text("response", false), status));
      }
    }
    return result;
  }

  public SavingsMeasures savingsMeasures(YamlMap file) {
    Optional<YamlMap> found = file.map("savingsMeasures", false);
    if (found.isEmpty()) {
      return SavingsMeasures.NONE;
    }
    YamlMap map = found.get();
    map.allowOnly(Set.of("unit", "total", "measures"));
    locations.field("savingsMeasures", map.node());
    map.field("total").ifPresent(n -> locations.field("savingsMeasures/total", n));
    map.field("unit").ifPresent(n -> locations.field("savingsMeasures/unit", n));
    BigDecimal total = map.decimal("total", false);
    List<SavingsMeasures.Measure> measures = new ArrayList<>();
    for (Keyed item : map.keyed("measures", "savings measure", Set.of("key", "area", "title", "amount", "status"))) {
      YamlMap m = item.map();
      locate("savingsMeasures/" + item.key(), item, "area");
      String title = m.text("title", true);
      BigDecimal amount = m.decimal("amount", false);
      Status status = status(m);
      if (title != null) {
        goals.add(measures, item.node(), m.what(), () -> new SavingsMeasures.Measure(item.key(), m.text("area", false),
            title, amount, status));
      }
    }
    return goals.build(map.node(), "savingsMeasures", () -> new SavingsMeasures(map.text("unit", false), total, measures));
  }

  public InternalControlPlan internalControl(YamlMap file) {
    Optional<YamlMap> found = file.map("internalControl", false);
    if (found.isEmpty()) {
      return InternalControlPlan.NONE;
    }
    YamlMap map = found.get();
    map.allowOnly(Set.of("decided", "risks"));
    List<ControlRisk> risks = new ArrayList<>();
    for (Keyed item : map.keyed("risks", "risk", Set.of("key", "area", "risk", "likelihood", "consequence", "riskValue",
        "method", "frequency", "responsible", "reporting", "reportingPrinted"))) {
      YamlMap r = item.map();
      locate("internalControl/" + item.key(), item, "riskValue");
      String risk = r.text("risk", true);
      List<ReportingOccasion> reporting = new ArrayList<>();
      for (String text : r.texts("reporting")) {
        se.styr.shared.FileWords.parse(ReportingOccasion.class, text).ifPresentOrElse(reporting::add, () -> problems.add(r.field("reporting").get(),
            r.what() + ": reporting '" + CellValues.abbreviate(text) + "' is not one of monthly, tertial, interim, annual"));
      }
      Integer likelihood = r.integer("likelihood", false);
      Integer consequence = r.integer("consequence", false);
      Integer riskValue = r.integer("riskValue", false);
      if (risk != null) {
        goals.add(risks, item.node(), r.what(), () -> new ControlRisk(item.key(), r.text("area", false), risk, likelihood,
            consequence, riskValue, r.text("method", false), r.text("frequency", false), r.text("responsible", false),
            reporting, r.text("reportingPrinted", false)));
      }
    }
    return new InternalControlPlan(map.date("decided"), risks);
  }

  public List<Provider> providers(YamlMap file) {
    List<Provider> result = new ArrayList<>();
    for (Keyed item : file.keyed("providers", "provider", Set.of("key", "operation", "provider", "area"))) {
      YamlMap map = item.map();
      locate("providers/" + item.key(), item, "area");
      String operation = map.text("operation", true);
      if (operation != null) {
        goals.add(result, item.node(), map.what(), () -> new Provider(item.key(), operation, map.text("provider", false),
            map.text("area", false)));
      }
    }
    return result;
  }

  public List<OperationalMeasure> measures(YamlMap file) {
    List<OperationalMeasure> result = new ArrayList<>();
    for (Keyed item : file.keyed("measures", "measure", Set.of("key", "area", "name", "unit"))) {
      YamlMap map = item.map();
      locate("measures/" + item.key(), item, "area");
      String name = map.text("name", true);
      if (name != null) {
        goals.add(result, item.node(), map.what(), () -> new OperationalMeasure(item.key(), map.text("area", false), name,
            map.text("unit", false)));
      }
    }
    return result;
  }

  public List<Reservation> reservations(YamlMap file) {
    List<Reservation> result = new ArrayList<>();
    for (Keyed item : file.keyed("reservations", "reservation", Set.of("key", "member", "date", "title", "motivation", "points"))) {
      YamlMap map = item.map();
      Reservation.Member member = map.map("member", true).map(m -> {
        m.allowOnly(Set.of("name", "party"));
        String name = m.text("name", true);
        return name == null ? null : new Reservation.Member(name, m.text("party", false));
      }).orElse(null);
      List<Reservation.Point> points = new ArrayList<>();
      for (Node node : map.list("points", false)) {
        YamlMap.of(node, map.what() + ", point", problems).ifPresent(p -> {
          p.allowOnly(Set.of("number", "concerns", "proposal", "reason", "goals", "indicators"));
          Integer number = p.integer("number", true);
          String path = "reservations/" + item.key() + "/" + number + "/";
          p.field("concerns").ifPresent(n -> locations.field(path + "concerns", n));
          List<Goal> proposedGoals = goals.goals(p, "goals", path + "goals/");
          List<Indicator> proposedIndicators = goals.indicators(p, "indicators", path + "indicators/");
          if (number != null) {
            goals.add(points, node, p.what(), () -> new Reservation.Point(number, p.texts("concerns"),
                p.text("proposal", false), p.text("reason", false), proposedGoals, proposedIndicators));
          }
        });
      }
      if (member != null) {
        goals.add(result, item.node(), map.what(), () -> new Reservation(item.key(), member, map.date("date"),
            map.text("title", false), map.text("motivation", false), points));
      }
    }
    return result;
  }

  private Status status(YamlMap map) {
    return map.word("status", false, Status.class);
  }

  private void locate(String path, Keyed item, String... fields) {
    locations.field(path, item.node());
    for (String field : fields) {
      item.map().field(field).ifPresent(n -> locations.field(path + "/" + field, n));
    }
  }
}
