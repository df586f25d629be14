package se.styr.followup.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.styr.followup.CommitmentEntry;
import se.styr.followup.CommitmentEntry.Kind;
import se.styr.goals.GoalPlan;
import se.styr.shared.Status;

/**
 * What a plan commits to that is followed up by status at an occasion, in the plan's order:
 * activities, assignments, priority directions and the items of its action plans (keyed {@code
 * plan/item}), each with its name and the status the plan gives it.
 */
public final class PlanCommitments {
  private PlanCommitments() {}

  /** A commitment as the plan states it. */
  public record Planned(Kind kind, String key, String name, String goal, Status status) {
    /** Its key among all commitments: {@code ACTIVITY/trygg-hemgang}. */
    public String id() {
      return PlanCommitments.id(kind, key);
    }
  }

  static String id(Kind kind, String key) {
    return kind + "/" + key;
  }

  public static List<Planned> of(GoalPlan goals) {
    List<Planned> all = new ArrayList<>();
    goals
        .activities()
        .forEach(
            a -> all.add(new Planned(Kind.ACTIVITY, a.key(), a.title(), a.goal(), a.status())));
    goals
        .assignments()
        .forEach(
            a ->
                all.add(
                    new Planned(
                        Kind.ASSIGNMENT,
                        a.key(),
                        a.title() != null ? a.title() : a.description(),
                        null,
                        a.status())));
    goals
        .priorityDirections()
        .forEach(d -> all.add(new Planned(Kind.DIRECTION, d.key(), d.title(), null, d.status())));
    goals
        .actionPlans()
        .forEach(
            p ->
                p.items()
                    .forEach(
                        i ->
                            all.add(
                                new Planned(
                                    Kind.ACTION_ITEM,
                                    p.key() + "/" + i.key(),
                                    i.activity(),
                                    p.goal(),
                                    i.status()))));
    return all;
  }

  /** The commitments by {@link Planned#id()}. */
  public static Map<String, Planned> byId(GoalPlan goals) {
    return of(goals).stream()
        .collect(
            Collectors.toMap(
                Planned::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** The planned commitment {@code entry} reports on, if the plan has it. */
  public static java.util.Optional<Planned> of(GoalPlan goals, CommitmentEntry entry) {
    return java.util.Optional.ofNullable(byId(goals).get(id(entry.kind(), entry.key())));
  }
}
