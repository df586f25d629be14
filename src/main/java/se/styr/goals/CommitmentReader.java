package se.styr.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.shared.Status;
import se.styr.shared.yaml.Where;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlMap.Keyed;
import se.styr.shared.yaml.YamlProblems;
import se.styr.shared.yaml.YamlReading;

/**
 * Reads what a plan commits to beside its goals: activities, assignments, priority directions,
 * action plans, focus areas, and members' reservations with the goals and indicators they propose.
 */
final class CommitmentReader {
  private final YamlProblems problems;
  private final YamlReading reading;
  private final GoalReader goals;

  CommitmentReader(YamlReading reading, GoalReader goals) {
    this.reading = reading;
    this.problems = reading.problems();
    this.goals = goals;
  }

  public List<Activity> activities(YamlMap file) {
    List<Activity> result = new ArrayList<>();
    for (Keyed item :
        file.keyed(
            "activities",
            GoalWords.ACTIVITY,
            Set.of(
                "key",
                "goal",
                "indicator",
                "title",
                "description",
                "responsible",
                "due",
                "status"))) {
      YamlMap map = item.map();
      locate("activities/" + item.key(), item, "goal", "indicator");
      String title = map.text("title", true);
      Status status = status(map);
      if (title != null) {
        reading.add(
            result,
            item.node(),
            map.what(),
            () ->
                new Activity(
                    item.key(),
                    map.text("goal", false),
                    map.text("indicator", false),
                    title,
                    map.text("description", false),
                    map.text("responsible", false),
                    map.text("due", false),
                    status));
      }
    }
    return result;
  }

  public List<Assignment> assignments(YamlMap file) {
    List<Assignment> result = new ArrayList<>();
    for (Keyed item :
        file.keyed(
            "assignments",
            GoalWords.ASSIGNMENT,
            Set.of(
                "key",
                "from",
                "reference",
                "title",
                "description",
                "planningComment",
                "amount",
                "unit",
                "status"))) {
      YamlMap map = item.map();
      AssignmentSource from = map.word("from", true, AssignmentSource.class);
      BigDecimal amount = map.decimal("amount", false);
      Status status = status(map);
      if (from != null) {
        reading.add(
            result,
            item.node(),
            map.what(),
            () ->
                new Assignment(
                    item.key(),
                    from,
                    map.text("reference", false),
                    map.text("title", false),
                    map.text("description", false),
                    map.text("planningComment", false),
                    amount,
                    map.text("unit", false),
                    status));
      }
    }
    return result;
  }

  public List<PriorityDirection> priorityDirections(YamlMap file) {
    List<PriorityDirection> result = new ArrayList<>();
    for (Keyed item :
        file.keyed(
            "priorityDirections",
            GoalWords.PRIORITY_DIRECTION,
            Set.of("key", "title", "implementationPlan", "status"))) {
      YamlMap map = item.map();
      String title = map.text("title", true);
      Status status = status(map);
      if (title != null) {
        reading.add(
            result,
            item.node(),
            map.what(),
            () ->
                new PriorityDirection(
                    item.key(), title, map.text("implementationPlan", false), status));
      }
    }
    return result;
  }

  public List<ActionPlan> actionPlans(YamlMap file) {
    List<ActionPlan> result = new ArrayList<>();
    for (Keyed item :
        file.keyed("actionPlans", GoalWords.ACTION_PLAN, Set.of("key", "title", "goal", "items"))) {
      YamlMap map = item.map();
      locate("actionPlans/" + item.key(), item, "goal");
      String title = map.text("title", true);
      List<ActionPlan.Item> items = new ArrayList<>();
      for (Keyed entry :
          map.keyed(
              "items",
              GoalWords.ITEM,
              Set.of("key", "activity", "followUp", "responsible", "effect", "due", "status"))) {
        YamlMap e = entry.map();
        String activity = e.text("activity", true);
        Status status = status(e);
        if (activity != null) {
          reading.add(
              items,
              entry.node(),
              e.what(),
              () ->
                  new ActionPlan.Item(
                      entry.key(),
                      activity,
                      e.text("followUp", false),
                      e.text("responsible", false),
                      e.text("effect", false),
                      e.text("due", false),
                      status));
        }
      }
      if (title != null) {
        reading.add(
            result,
            item.node(),
            map.what(),
            () -> new ActionPlan(item.key(), title, map.text("goal", false), items));
      }
    }
    return result;
  }

  public List<FocusArea> focusAreas(YamlMap file) {
    List<FocusArea> result = new ArrayList<>();
    for (Keyed item :
        file.keyed(
            "focusAreas", GoalWords.FOCUS_AREA, Set.of("key", "title", "response", "status"))) {
      YamlMap map = item.map();
      String title = map.text("title", true);
      Status status = status(map);
      if (title != null) {
        reading.add(
            result,
            item.node(),
            map.what(),
            () -> new FocusArea(item.key(), title, map.text("response", false), status));
      }
    }
    return result;
  }

  public List<Reservation> reservations(YamlMap file) {
    List<Reservation> result = new ArrayList<>();
    for (Keyed item :
        file.keyed(
            "reservations",
            GoalWords.RESERVATION,
            Set.of("key", "member", "date", "title", "motivation", "points"))) {
      YamlMap map = item.map();
      Reservation.Member member =
          map.map("member", true)
              .map(
                  m -> {
                    m.allowOnly(Set.of("name", "party"));
                    String name = m.text("name", true);
                    return name == null
                        ? null
                        : new Reservation.Member(name, m.text("party", false));
                  })
              .orElse(null);
      List<Reservation.Point> points = new ArrayList<>();
      for (Node node : map.list("points", false)) {
        YamlMap.of(node, Where.part(map.what(), GoalWords.POINT), problems)
            .ifPresent(
                p -> {
                  p.allowOnly(
                      Set.of("number", "concerns", "proposal", "reason", "goals", "indicators"));
                  Integer number = p.integer("number", true);
                  String path = "reservations/" + item.key() + "/" + number + "/";
                  p.field("concerns")
                      .ifPresent(n -> reading.locations().field(path + "concerns", n));
                  List<Goal> proposedGoals = goals.goals(p, "goals", path + "goals/");
                  List<Indicator> proposedIndicators =
                      goals.indicators(p, "indicators", path + "indicators/");
                  if (number != null) {
                    reading.add(
                        points,
                        node,
                        p.what(),
                        () ->
                            new Reservation.Point(
                                number,
                                p.texts("concerns"),
                                p.text("proposal", false),
                                p.text("reason", false),
                                proposedGoals,
                                proposedIndicators));
                  }
                });
      }
      if (member != null) {
        reading.add(
            result,
            item.node(),
            map.what(),
            () ->
                new Reservation(
                    item.key(),
                    member,
                    map.date("date"),
                    map.text("title", false),
                    map.text("motivation", false),
                    points));
      }
    }
    return result;
  }

  private Status status(YamlMap map) {
    return map.word("status", false, Status.class);
  }

  private void locate(String path, Keyed item, String... fields) {
    reading.locate(path, item.node(), item.map(), fields);
  }
}
