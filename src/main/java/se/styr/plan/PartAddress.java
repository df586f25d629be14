package se.styr.plan;

import java.util.ArrayList;
import java.util.List;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Where a part lies in a plan, as its page's address says it: {@code goals/kf1}, {@code
 * indicators/basal-hygien/targets/2}, {@code savingsMeasures/measures} (a list), {@code
 * savingsMeasures} (a group of settings). Each step is a kind and, for a list kind, the item's key
 * (or place, from 1, for items without key); a last step without one addresses the list.
 */
public record PartAddress(List<Step> steps) {

  /** One step: a kind, and the item of it (null for a list or for a single kind). */
  public record Step(PartKind kind, String selector) {}

  public PartAddress {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("an address has at least one step");
    }
  }

  /** Reads an address; an unknown kind or a step too many is 404, naming the address. */
  public static PartAddress parse(String path) {
    String clean = path == null ? "" : path.strip();
    List<String> segments = new ArrayList<>();
    for (String s : clean.split("/")) {
      if (!s.isEmpty()) {
        segments.add(s);
      }
    }
    if (segments.isEmpty()) {
      throw unknown(clean);
    }
    List<Step> steps = new ArrayList<>();
    PartKind kind = PlanParts.kind(segments.get(0)).orElseThrow(() -> unknown(clean));
    int i = 1;
    while (true) {
      String selector = null;
      if (!kind.single() && i < segments.size()) {
        selector = segments.get(i++);
      }
      steps.add(new Step(kind, selector));
      if (i >= segments.size()) {
        break;
      }
      if (!kind.single() && selector == null) {
        throw unknown(clean);
      }
      kind = kind.child(segments.get(i++)).orElseThrow(() -> unknown(clean));
    }
    return new PartAddress(steps);
  }

  private static StyrException unknown(String path) {
    return StyrException.notFound(Text.of("part.unknown", path));
  }

  /** The kind the address ends in. */
  public PartKind kind() {
    return last().kind();
  }

  public Step last() {
    return steps.get(steps.size() - 1);
  }

  /** Whether the address names a whole list (not one item or a group of settings). */
  public boolean isList() {
    return !kind().single() && last().selector() == null;
  }

  /** The list an item lies in (the item's address without its selector). */
  public PartAddress list() {
    List<Step> copy = new ArrayList<>(steps);
    copy.set(copy.size() - 1, new Step(kind(), null));
    return new PartAddress(copy);
  }

  /** The address of the item {@code selector} of this list. */
  public PartAddress item(String selector) {
    List<Step> copy = new ArrayList<>(steps);
    copy.set(copy.size() - 1, new Step(kind(), selector));
    return new PartAddress(copy);
  }

  /** The address of list {@code child} inside this item. */
  public PartAddress child(PartKind child) {
    List<Step> copy = new ArrayList<>(steps);
    copy.add(new Step(child, null));
    return new PartAddress(copy);
  }

  /** The address of the item or group this list lies in, if it is not a top list. */
  public java.util.Optional<PartAddress> owner() {
    if (steps.size() < 2) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new PartAddress(steps.subList(0, steps.size() - 1)));
  }

  /** The address as a page's path writes it. */
  public String path() {
    StringBuilder path = new StringBuilder();
    for (Step step : steps) {
      if (!path.isEmpty()) {
        path.append('/');
      }
      path.append(step.kind().name());
      if (step.selector() != null) {
        path.append('/').append(step.selector());
      }
    }
    return path.toString();
  }

  @Override
  public String toString() {
    return path();
  }
}
