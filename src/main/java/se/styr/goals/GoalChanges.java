package se.styr.goals;

import static se.styr.version.Changes.byKey;
import static se.styr.version.Changes.planOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.styr.version.Changes.ChangeKind;
import se.styr.version.Changes.Field;
import se.styr.version.Changes.FieldChange;
import se.styr.version.Changes.FieldChanges;

/**
 * The goals, indicators, activities and assignments of two versions compared by key, field by field
 * as printed; enum values in their plan-file words (percent, higher, planned). The other parts of
 * the goalPlan (priority directions, action plans, focus areas, savings measures, internal control,
 * providers, measures, reservations, assessment rules) are not compared yet.
 */
public final class GoalChanges {
  private final GoalPlan older;
  private final GoalPlan newer;

  public GoalChanges(GoalPlan older, GoalPlan newer) {
    this.older = older;
    this.newer = newer;
  }

  public List<GoalChange> goals() {
    return changes(
        older.goals(),
        newer.goals(),
        Goal::key,
        GoalChanges::goalFields,
        (kind, goal, fields) ->
            new GoalChange(kind, goal.key(), goal.number(), goal.title(), fields));
  }

  public List<IndicatorChange> indicators() {
    return changes(
        older.indicators(),
        newer.indicators(),
        Indicator::key,
        GoalChanges::indicatorFields,
        (kind, indicator, fields) ->
            new IndicatorChange(kind, indicator.key(), indicator.goal(), indicator.name(), fields));
  }

  public List<CommitmentChange> commitments() {
    List<CommitmentChange> changes =
        new ArrayList<>(
            changes(
                older.activities(),
                newer.activities(),
                Activity::key,
                GoalChanges::activityFields,
                (kind, a, fields) ->
                    new CommitmentChange(
                        kind, CommitmentType.ACTIVITY, a.key(), a.title(), fields)));
    changes.addAll(
        changes(
            older.assignments(),
            newer.assignments(),
            Assignment::key,
            GoalChanges::assignmentFields,
            (kind, a, fields) ->
                new CommitmentChange(
                    kind,
                    CommitmentType.ASSIGNMENT,
                    a.key(),
                    a.title() != null ? a.title() : a.description(),
                    fields)));
    return changes;
  }

  /**
   * Makes the change of one item from its kind, the item to name it by (the newer if any) and its
   * fields.
   */
  private interface Change<T, C> {
    C make(ChangeKind kind, T shown, List<FieldChange> fields);
  }

  private static <T, C> List<C> changes(
      List<T> older,
      List<T> newer,
      Function<T, String> key,
      BiFunction<T, T, List<FieldChange>> fields,
      Change<T, C> change) {
    Map<String, T> before = byKey(older, key);
    Map<String, T> after = byKey(newer, key);
    List<C> changes = new ArrayList<>();
    for (String k : planOrder(older, newer, key)) {
      T o = before.get(k);
      T n = after.get(k);
      List<FieldChange> differences = fields.apply(o, n);
      if (o == null) {
        changes.add(change.make(ChangeKind.ADDED, n, differences));
      } else if (n == null) {
        changes.add(change.make(ChangeKind.REMOVED, o, differences));
      } else if (!differences.isEmpty()) {
        changes.add(change.make(ChangeKind.CHANGED, n, differences));
      }
    }
    return changes;
  }

  private static List<FieldChange> goalFields(Goal o, Goal n) {
    FieldChanges f = new FieldChanges();
    f.add(Field.NUMBER, o, n, Goal::number);
    f.add(Field.TITLE, o, n, Goal::title);
    f.add(Field.LEVEL, o, n, Goal::level);
    f.add(Field.PARENT, o, n, Goal::parent);
    f.words(Field.TYPE, o, n, Goal::type, "goals.type.");
    f.add(Field.DESCRIPTION, o, n, Goal::description);
    f.add(Field.FOLLOW_UP, o, n, Goal::followUp);
    f.add(Field.RULE, o, n, Goal::rule);
    return f.list();
  }

  private static List<FieldChange> indicatorFields(Indicator o, Indicator n) {
    FieldChanges f = new FieldChanges();
    f.add(Field.NAME, o, n, Indicator::name);
    f.add(Field.GOAL, o, n, Indicator::goal);
    f.words(Field.UNIT, o, n, Indicator::unit, "goals.unit.");
    f.words(Field.BETTER, o, n, Indicator::better, "goals.better.");
    f.add(Field.SOURCE, o, n, i -> i.source() == null ? null : i.source().name());
    f.add(Field.BASELINE, o, n, i -> baseline(i.baseline()));
    TreeSet<Integer> years = new TreeSet<>();
    for (Indicator indicator : both(o, n)) {
      indicator.targets().forEach(t -> years.addAll(t.years()));
    }
    for (int year : years) {
      f.add(Field.TARGET, String.valueOf(year), o, n, i -> target(i, year));
    }
    List<IndicatorValue> oldValues = o == null ? List.of() : o.values();
    List<IndicatorValue> newValues = n == null ? List.of() : n.values();
    Map<String, IndicatorValue> before = byKey(oldValues, IndicatorValue::period);
    Map<String, IndicatorValue> after = byKey(newValues, IndicatorValue::period);
    for (String period : planOrder(oldValues, newValues, IndicatorValue::period)) {
      f.add(
          new FieldChange(
              Field.VALUE, period, value(before.get(period)), value(after.get(period))));
    }
    f.add(Field.RULE, o, n, Indicator::rule);
    return f.list();
  }

  private static List<FieldChange> activityFields(Activity o, Activity n) {
    FieldChanges f = new FieldChanges();
    f.add(Field.TITLE, o, n, Activity::title);
    f.add(Field.GOAL, o, n, Activity::goal);
    f.add(Field.INDICATOR, o, n, Activity::indicator);
    f.add(Field.DESCRIPTION, o, n, Activity::description);
    f.add(Field.RESPONSIBLE, o, n, Activity::responsible);
    f.add(Field.DUE, o, n, Activity::due);
    f.words(Field.STATUS, o, n, Activity::status, "goals.statusOf.");
    return f.list();
  }

  private static List<FieldChange> assignmentFields(Assignment o, Assignment n) {
    FieldChanges f = new FieldChanges();
    f.add(Field.TITLE, o, n, Assignment::title);
    f.words(Field.SOURCE, o, n, Assignment::from, "goals.assignment.source.");
    f.add(Field.REFERENCE, o, n, Assignment::reference);
    f.add(Field.DESCRIPTION, o, n, Assignment::description);
    f.add(Field.PLANNING_COMMENT, o, n, Assignment::planningComment);
    f.add(
        Field.AMOUNT,
        o,
        n,
        a -> a.amount() == null ? null : a.amount().toPlainString() + " " + a.unit());
    f.words(Field.STATUS, o, n, Assignment::status, "goals.statusOf.");
    return f.list();
  }

  private static List<Indicator> both(Indicator o, Indicator n) {
    List<Indicator> both = new ArrayList<>(2);
    if (o != null) {
      both.add(o);
    }
    if (n != null) {
      both.add(n);
    }
    return both;
  }

  private static String baseline(Baseline baseline) {
    if (baseline == null) {
      return null;
    }
    if (baseline.printed() != null) {
      return baseline.printed();
    }
    return baseline.value() == null ? null : baseline.value().text();
  }

  /**
   * The targets for a year as printed (the notation where nothing is printed), joined if several.
   */
  private static String target(Indicator indicator, int year) {
    List<String> printed = new ArrayList<>();
    for (TargetSpec spec : indicator.targetsFor(year)) {
      printed.add(spec.printed() != null ? spec.printed() : spec.target().text());
    }
    return printed.isEmpty() ? null : String.join("; ", printed);
  }

  private static String value(IndicatorValue value) {
    if (value == null) {
      return null;
    }
    if (value.printed() != null) {
      return value.printed();
    }
    return value.value() == null ? null : value.value().text();
  }

  /** A goal added, removed or changed; added and removed goals list all their fields. */
  public record GoalChange(
      ChangeKind kind, String key, String number, String title, List<FieldChange> fields) {
    public GoalChange {
      Objects.requireNonNull(kind, "change kind");
      fields = List.copyOf(fields);
    }
  }

  /**
   * An indicator added, removed or changed; targets are compared per year, values per period, as
   * printed.
   */
  public record IndicatorChange(
      ChangeKind kind, String key, String goal, String name, List<FieldChange> fields) {
    public IndicatorChange {
      Objects.requireNonNull(kind, "change kind");
      fields = List.copyOf(fields);
    }
  }

  public enum CommitmentType {
    ACTIVITY,
    ASSIGNMENT
  }

  /** An activity or assignment added, removed or changed. */
  public record CommitmentChange(
      ChangeKind kind, CommitmentType type, String key, String title, List<FieldChange> fields) {
    public CommitmentChange {
      Objects.requireNonNull(kind, "change kind");
      Objects.requireNonNull(type, "commitment type");
      fields = List.copyOf(fields);
    }
  }
}
