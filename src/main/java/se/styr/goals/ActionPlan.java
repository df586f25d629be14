package se.styr.goals;

import java.util.List;
import java.util.Objects;
import se.styr.shared.Keys;
import se.styr.shared.Status;

/**
 * An action plan (handlingsplan): activities with how and when they are followed up, by whom, to
 * what effect.
 */
public record ActionPlan(String key, String title, String goal, List<Item> items) {
  public ActionPlan {
    Keys.require(key, GoalWords.ACTION_PLAN);
    Objects.requireNonNull(title, "action plan title");
    items = List.copyOf(items);
  }

  public record Item(
      String key,
      String activity,
      String followUp,
      String responsible,
      String effect,
      String due,
      Status status) {
    public Item {
      Keys.require(key, GoalWords.ACTION_PLAN_ITEM);
      Objects.requireNonNull(activity, "action plan activity");
      status = status == null ? Status.PLANNED : status;
    }
  }
}
