package se.styr.followup;

import java.util.List;
import java.util.Objects;

/**
 * A subtotal group of the plan's operating budget (Södertälje's "Summa verksamhetsområde LSS"): its
 * key and name as the plan's subtotal row gives them, and the areas it sums, in the plan's order.
 */
public record AreaGroup(String key, String name, List<String> areas) {
  public AreaGroup {
    Objects.requireNonNull(key, "group key");
    name = name == null ? key : name;
    areas = List.copyOf(areas);
  }
}
