package se.styr.goals.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styr.goals.Goal;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.Reservation;
import se.styr.texts.TextBlocks;

/**
 * A member's reservation as the goals page shows it: each point with what the decision says beside
 * what the member proposed instead. A proposed goal or indicator that names what it replaces stands
 * beside that decided goal or indicator; proposals that replace nothing stand beside the decided
 * goals and indicators the point concerns that no proposal replaces.
 */
record ReservationView(
    String key,
    String anchor,
    String member,
    String date,
    String title,
    TextBlocks motivation,
    List<PointView> points) {

  /** Where a decided goal or indicator is marked as concerned by a reservation's point. */
  record Mark(String anchor, int point, String member) {}

  record Ref(String name, String anchor) {}

  /** A point: what it concerns, the proposal and reason as written, and the side-by-side pairs. */
  record PointView(
      int number,
      String anchor,
      List<Ref> concerns,
      TextBlocks proposal,
      TextBlocks reason,
      List<Pair> pairs) {}

  /**
   * Decided goals or indicators (left) and what the reservation proposes in their place (right).
   */
  record Pair(List<Item> decided, List<Item> proposed) {}

  /**
   * A goal (with its indicators) or an indicator, decided or proposed; {@code anchor} only for
   * decided ones.
   */
  record Item(
      boolean goal,
      String anchor,
      String level,
      String title,
      TextBlocks description,
      String context,
      String unit,
      String source,
      List<IndicatorView.TargetView> targets,
      List<Item> indicators) {}

  static List<ReservationView> of(GoalPlan goalPlan, Map<String, String> levelNames) {
    Decided decided = new Decided(goalPlan, levelNames);
    return goalPlan.reservations().stream().map(r -> of(r, decided)).toList();
  }

  /**
   * Each decided goal's and indicator's key with the reservation points that concern or replace it.
   */
  static Map<String, List<Mark>> marks(GoalPlan goalPlan) {
    Map<String, List<Mark>> marks = new HashMap<>();
    for (Reservation reservation : goalPlan.reservations()) {
      for (Reservation.Point point : reservation.points()) {
        Set<String> keys = new LinkedHashSet<>(point.concerns());
        point.goals().stream().map(Goal::replaces).filter(k -> k != null).forEach(keys::add);
        point.indicators().stream()
            .map(Indicator::replaces)
            .filter(k -> k != null)
            .forEach(keys::add);
        Mark mark =
            new Mark(pointAnchor(reservation, point), point.number(), reservation.member().label());
        keys.forEach(k -> marks.computeIfAbsent(k, x -> new ArrayList<>()).add(mark));
      }
    }
    return marks;
  }

  static String pointAnchor(Reservation reservation, Reservation.Point point) {
    return "res-" + reservation.key() + "-" + point.number();
  }

  private static ReservationView of(Reservation reservation, Decided decided) {
    List<PointView> points = new ArrayList<>();
    for (Reservation.Point point : reservation.points()) {
      List<Ref> concerns = point.concerns().stream().map(decided::ref).toList();
      points.add(
          new PointView(
              point.number(),
              pointAnchor(reservation, point),
              concerns,
              TextBlocks.of(point.proposal()),
              TextBlocks.of(point.reason()),
              pairs(point, decided)));
    }
    return new ReservationView(
        reservation.key(),
        "res-" + reservation.key(),
        reservation.member().label(),
        reservation.date() == null ? null : reservation.date().toString(),
        reservation.title(),
        TextBlocks.of(reservation.motivation()),
        points);
  }

  static List<Pair> pairs(Reservation.Point point, Decided decided) {
    Set<String> proposedGoals = new HashSet<>();
    point.goals().forEach(g -> proposedGoals.add(g.key()));
    Map<String, List<Item>> replacing = new LinkedHashMap<>();
    List<Item> unpaired = new ArrayList<>();
    for (Goal goal : point.goals()) {
      List<Item> indicators =
          point.indicators().stream()
              .filter(i -> goal.key().equals(i.goal()))
              .map(i -> decided.indicator(i, null, false))
              .toList();
      place(
          goal.replaces(), decided.goalItem(goal, null, indicators), replacing, unpaired, decided);
    }
    for (Indicator indicator : point.indicators()) {
      if (indicator.goal() == null || !proposedGoals.contains(indicator.goal())) {
        place(
            indicator.replaces(),
            decided.indicator(indicator, null, true),
            replacing,
            unpaired,
            decided);
      }
    }
    Set<String> covered = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    replacing.forEach(
        (key, proposals) -> {
          covered.add(key);
          covered.addAll(decided.context(key));
          pairs.add(new Pair(List.of(decided.item(key)), proposals));
        });
    List<String> leftover =
        point.concerns().stream().filter(k -> !covered.contains(k) && decided.has(k)).toList();
    Set<String> shownGoals = new HashSet<>(leftover);
    List<Item> left =
        leftover.stream()
            .filter(k -> !decided.isIndicator(k) || !shownGoals.contains(decided.goalOf(k)))
            .map(decided::item)
            .toList();
    if (!left.isEmpty() || !unpaired.isEmpty()) {
      pairs.add(new Pair(left, unpaired));
    }
    return pairs;
  }

  private static void place(
      String replaces,
      Item proposal,
      Map<String, List<Item>> replacing,
      List<Item> unpaired,
      Decided decided) {
    if (replaces != null && decided.has(replaces)) {
      replacing.computeIfAbsent(replaces, k -> new ArrayList<>()).add(proposal);
    } else {
      unpaired.add(proposal);
    }
  }

  /** The decided goals and indicators, looked up by key. */
  static final class Decided {
    private final Map<String, Goal> goals = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, List<Indicator>> indicatorsOfGoal = new HashMap<>();
    private final Map<String, String> levelNames;

    Decided(GoalPlan goalPlan, Map<String, String> levelNames) {
      this.levelNames = levelNames;
      goalPlan.goals().forEach(g -> goals.put(g.key(), g));
      for (Indicator indicator : goalPlan.indicators()) {
        indicators.put(indicator.key(), indicator);
        if (indicator.goal() != null) {
          indicatorsOfGoal.computeIfAbsent(indicator.goal(), k -> new ArrayList<>()).add(indicator);
        }
      }
    }

    boolean has(String key) {
      return goals.containsKey(key) || indicators.containsKey(key);
    }

    boolean isIndicator(String key) {
      return !goals.containsKey(key) && indicators.containsKey(key);
    }

    String goalOf(String indicatorKey) {
      return indicators.get(indicatorKey).goal();
    }

    Ref ref(String key) {
      Goal goal = goals.get(key);
      if (goal != null) {
        return new Ref(goal.label(), "g-" + key);
      }
      Indicator indicator = indicators.get(key);
      return indicator == null ? new Ref(key, null) : new Ref(indicator.name(), "i-" + key);
    }

    /** What showing {@code key} shows too: a goal's indicators, an indicator's goal. */
    List<String> context(String key) {
      if (goals.containsKey(key)) {
        return indicatorsOfGoal.getOrDefault(key, List.of()).stream().map(Indicator::key).toList();
      }
      String goal = indicators.get(key).goal();
      return goal == null ? List.of() : List.of(goal);
    }

    Item item(String key) {
      Goal goal = goals.get(key);
      if (goal != null) {
        return goalItem(
            goal,
            "g-" + key,
            indicatorsOfGoal.getOrDefault(key, List.of()).stream()
                .map(i -> indicator(i, "i-" + i.key(), false))
                .toList());
      }
      Indicator indicator = indicators.get(key);
      return indicator(indicator, "i-" + key, true);
    }

    Item goalItem(Goal goal, String anchor, List<Item> indicators) {
      return new Item(
          true,
          anchor,
          levelNames.getOrDefault(goal.level(), goal.level()),
          goal.label(),
          TextBlocks.of(goal.description()),
          null,
          null,
          null,
          List.of(),
          indicators);
    }

    Item indicator(Indicator indicator, String anchor, boolean withContext) {
      String context = null;
      if (withContext && indicator.goal() != null) {
        Goal goal = goals.get(indicator.goal());
        context = goal == null ? null : goal.label();
      }
      return new Item(
          false,
          anchor,
          null,
          indicator.name(),
          TextBlocks.NONE,
          context,
          indicator.unit().name(),
          indicator.source() == null ? null : indicator.source().name(),
          IndicatorView.targets(indicator.targets()),
          List.of());
    }
  }
}
