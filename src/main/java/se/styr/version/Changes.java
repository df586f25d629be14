package se.styr.version;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import se.styr.shared.FileWords;

/**
 * The vocabulary in which two versions of a plan are compared: what kind of change, which field,
 * old and new as printed; and the plan order in which each feature lists its changes. Each feature
 * compares its own part (budget.FigureChanges, goals.GoalChanges, texts.SectionChanges, {@link
 * HeaderChanges}); plan.VersionComparison puts them together.
 */
public final class Changes {
  private Changes() {}

  public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** Which field of a header, decision, goal, indicator or commitment changed. */
  public enum Field {
    TITLE,
    PERIOD,
    DOCUMENT_DATE,
    CHAIR,
    OFFICER,
    STATUS,
    DECISION,
    NUMBER,
    NAME,
    DESCRIPTION,
    FOLLOW_UP,
    PARENT,
    LEVEL,
    RULE,
    TYPE,
    GOAL,
    INDICATOR,
    UNIT,
    BETTER,
    BASELINE,
    TARGET,
    VALUE,
    PLANNING_COMMENT,
    RESPONSIBLE,
    DUE,
    AMOUNT,
    SOURCE,
    REFERENCE
  }

  /**
   * One field, old and new as printed (null where absent; enum values in their plan-file words such
   * as percent, higher, ongoing, decided). {@code qualifier} says which one where a field repeats:
   * the year of a target, the period of a value, the number of a decision (1, 2 ...). For enum
   * values, {@code words} is the prefix of the message keys that say them in a reader's language
   * ({@code "goals.unit."} + PERCENT); null for values shown as they stand.
   */
  public record FieldChange(
      Field field, String qualifier, String oldValue, String newValue, String words) {
    public FieldChange {
      Objects.requireNonNull(field, "field");
    }

    /** A field whose values are shown as they stand. */
    public FieldChange(Field field, String qualifier, String oldValue, String newValue) {
      this(field, qualifier, oldValue, newValue, null);
    }
  }

  /**
   * The keys of both versions in plan order: the newer version's order, each key only in the older
   * one placed right after the key it followed there.
   */
  public static <T> List<String> planOrder(List<T> older, List<T> newer, Function<T, String> key) {
    List<String> order = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (T item : newer) {
      if (placed.add(key.apply(item))) {
        order.add(key.apply(item));
      }
    }
    Set<String> inNewer = Set.copyOf(order);
    int insertAt = 0;
    for (T item : older) {
      String k = key.apply(item);
      if (inNewer.contains(k)) {
        insertAt = order.indexOf(k) + 1;
      } else if (placed.add(k)) {
        order.add(insertAt++, k);
      }
    }
    return order;
  }

  /** The items by key, the first of each key. */
  public static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(key.apply(item), item));
    return map;
  }

  /** Collects the fields that differ between two items; an absent item has every field null. */
  public static final class FieldChanges {
    private final List<FieldChange> changes = new ArrayList<>();

    public <T> FieldChanges add(Field field, T o, T n, Function<T, String> value) {
      return add(field, null, o, n, value);
    }

    public <T> FieldChanges add(
        Field field, String qualifier, T o, T n, Function<T, String> value) {
      return add(
          new FieldChange(
              field,
              qualifier,
              o == null ? null : value.apply(o),
              n == null ? null : value.apply(n)));
    }

    /**
     * A field holding an enum value, compared in its plan-file word; {@code words} is the prefix of
     * the keys that say the values in a reader's language (see {@link FieldChange}).
     */
    public <T> FieldChanges words(Field field, T o, T n, Function<T, Enum<?>> value, String words) {
      return add(new FieldChange(field, null, word(o, value), word(n, value), words));
    }

    private static <T> String word(T item, Function<T, Enum<?>> value) {
      Enum<?> word = item == null ? null : value.apply(item);
      return word == null ? null : FileWords.of(word);
    }

    public FieldChanges add(FieldChange change) {
      if (!Objects.equals(change.oldValue(), change.newValue())) {
        changes.add(change);
      }
      return this;
    }

    public List<FieldChange> list() {
      return List.copyOf(changes);
    }
  }
}
