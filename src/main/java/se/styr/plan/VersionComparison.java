package se.styr.plan;

import se.styr.budget.FigureChanges;
import se.styr.goals.GoalChanges;
import se.styr.texts.TextChanges;
import se.styr.texts.TextDiff;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a plan: header and decisions, text sections with a word
 * diff, table structure and figures, goals, indicators, activities and assignments. Every list is
 * in plan order (the newer version's order, with what was removed where it stood in the older one).
 * Plain Java; a page calls {@link #compare} and shows the {@link Comparison}.
 */
public final class VersionComparison {

  private VersionComparison() {}

  /** The changes from {@code older} to {@code newer}; comparing a version with itself gives an empty comparison. */
  public static Comparison compare(PlanDocument older, PlanDocument newer) {
    Objects.requireNonNull(older, "older version");
    Objects.requireNonNull(newer, "newer version");
    FigureChanges figures = new FigureChanges(older.tables(), newer.tables());
    GoalChanges goals = new GoalChanges(older.steering(), newer.steering());
    return new Comparison(TextChanges.header(older, newer), TextChanges.sections(older.content(), newer.content()),
        figures.tables(), figures.figures(), goals.goals(), goals.indicators(), goals.commitments());
  }

  public enum ChangeKind {
    ADDED, REMOVED, CHANGED
  }

  /** Which field of a header, decision, goal, indicator or commitment changed. */
  public enum Field {
    TITLE, PERIOD, DOCUMENT_DATE, CHAIR, OFFICER, STATUS, DECISION,
    NUMBER, NAME, DESCRIPTION, FOLLOW_UP, PARENT, LEVEL, RULE, TYPE,
    GOAL, INDICATOR, UNIT, BETTER, BASELINE, TARGET, VALUE,
    PLANNING_COMMENT, RESPONSIBLE, DUE, AMOUNT, SOURCE, REFERENCE
  }

  /**
   * One field, old and new as printed (null where absent; enum values in their plan-file words such
   * as percent, higher, ongoing, decided). {@code qualifier} says which one where a field repeats:
   * the year of a target, the period of a value, the number of a decision (1, 2 ...).
   */
  public record FieldChange(Field field, String qualifier, String oldValue, String newValue) {
    public FieldChange {
      Objects.requireNonNull(field, "field");
    }

    /** The word diff of old and new, for long texts such as a goal's description. */
    public List<TextDiff.Segment> diff() {
      return TextDiff.words(oldValue, newValue);
    }
  }

  /** A changed text section: its key, title before and after, body before and after, and their word diff. */
  public record TextChange(ChangeKind kind, String key, String oldTitle, String newTitle, String oldText,
      String newText, List<TextDiff.Segment> diff) {
    public TextChange {
      Objects.requireNonNull(kind, "change kind");
      diff = List.copyOf(diff);
    }

    /** The title to show: the new one, or the old one of a removed section. */
    public String title() {
      return newTitle != null ? newTitle : oldTitle;
    }
  }

  public enum TablePart {
    TABLE, UNIT, ROW, COLUMN
  }

  /**
   * A table, row or column that was added or removed, or whose title, unit or label changed.
   * {@code key} is the table's, row's or column's key; the texts are titles, units or labels.
   */
  public record TableChange(ChangeKind kind, TablePart part, String tableKey, String tableTitle, String key,
      String oldText, String newText) {
    public TableChange {
      Objects.requireNonNull(kind, "change kind");
      Objects.requireNonNull(part, "table part");
    }
  }

  /**
   * One figure that changed, appeared or went; a blank or absent cell is null. Added and removed
   * tables, rows and columns bring all their figures. {@code unit} is the column's or the table's.
   */
  public record FigureChange(ChangeKind kind, String tableKey, String tableTitle, String rowKey, String rowLabel,
      String columnKey, String columnLabel, String unit, BigDecimal oldValue, BigDecimal newValue) {
    public FigureChange {
      Objects.requireNonNull(kind, "change kind");
    }
  }

  /** A goal added, removed or changed; added and removed goals list all their fields. */
  public record GoalChange(ChangeKind kind, String key, String number, String title, List<FieldChange> fields) {
    public GoalChange {
      Objects.requireNonNull(kind, "change kind");
      fields = List.copyOf(fields);
    }
  }

  /** An indicator added, removed or changed; targets are compared per year, values per period, as printed. */
  public record IndicatorChange(ChangeKind kind, String key, String goal, String name, List<FieldChange> fields) {
    public IndicatorChange {
      Objects.requireNonNull(kind, "change kind");
      fields = List.copyOf(fields);
    }
  }

  public enum CommitmentType {
    ACTIVITY, ASSIGNMENT
  }

  /** An activity or assignment added, removed or changed. */
  public record CommitmentChange(ChangeKind kind, CommitmentType type, String key, String title,
      List<FieldChange> fields) {
    public CommitmentChange {
      Objects.requireNonNull(kind, "change kind");
      Objects.requireNonNull(type, "commitment type");
      fields = List.copyOf(fields);
    }
  }

  /** Everything that differs between two versions, each list in plan order. */
  public record Comparison(
      List<FieldChange> header,
      List<TextChange> sections,
      List<TableChange> tables,
      List<FigureChange> figures,
      List<GoalChange> goals,
      List<IndicatorChange> indicators,
      List<CommitmentChange> commitments) {

    public Comparison {
      header = List.copyOf(header);
      sections = List.copyOf(sections);
      tables = List.copyOf(tables);
      figures = List.copyOf(figures);
      goals = List.copyOf(goals);
      indicators = List.copyOf(indicators);
      commitments = List.copyOf(commitments);
    }

    public boolean isEmpty() {
      return header.isEmpty() && sections.isEmpty() && tables.isEmpty() && figures.isEmpty() && goals.isEmpty()
          && indicators.isEmpty() && commitments.isEmpty();
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
}
