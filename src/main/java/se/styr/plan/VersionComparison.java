package se.styr.plan;

import java.util.List;
import java.util.Objects;
import se.styr.budget.FigureChanges;
import se.styr.budget.FigureChanges.FigureChange;
import se.styr.budget.FigureChanges.TableChange;
import se.styr.goals.GoalChanges;
import se.styr.goals.GoalChanges.CommitmentChange;
import se.styr.goals.GoalChanges.GoalChange;
import se.styr.goals.GoalChanges.IndicatorChange;
import se.styr.texts.SectionChanges;
import se.styr.texts.SectionChanges.TextChange;
import se.styr.version.Changes.FieldChange;
import se.styr.version.HeaderChanges;

/**
 * What changed between two versions of a plan: header and decisions, text sections with a word
 * diff, table structure and figures, goals, indicators, activities and assignments. Every list is
 * in plan order (the newer version's order, with what was removed where it stood in the older one).
 * Each feature compares its own part; the vocabulary is {@link se.styr.version.Changes}. Plain
 * Java; a page calls {@link #compare} and shows the {@link Comparison}.
 */
public final class VersionComparison {

  private VersionComparison() {}

  /**
   * The changes from {@code older} to {@code newer}; comparing a version with itself gives an empty
   * comparison.
   */
  public static Comparison compare(PlanDocument older, PlanDocument newer) {
    Objects.requireNonNull(older, "older version");
    Objects.requireNonNull(newer, "newer version");
    FigureChanges figures = new FigureChanges(older.tables(), newer.tables());
    GoalChanges goals = new GoalChanges(older.goals(), newer.goals());
    return new Comparison(
        HeaderChanges.of(older.header(), older.version(), newer.header(), newer.version()),
        SectionChanges.of(older.sections(), newer.sections()),
        figures.tables(),
        figures.figures(),
        goals.goals(),
        goals.indicators(),
        goals.commitments());
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
      return header.isEmpty()
          && sections.isEmpty()
          && tables.isEmpty()
          && figures.isEmpty()
          && goals.isEmpty()
          && indicators.isEmpty()
          && commitments.isEmpty();
    }
  }
}
