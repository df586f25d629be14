package se.styr.documents.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a municipality arranges its plan documents. The plan's own sections and tables are printed in
 * their order; the parts that come from the plan's data (the goal chain, activities, internal
 * control ...) are placed where the municipality prints them: right after a section of the plan (by
 * its key), or after all sections, in the order listed, or as an appendix. Parts not listed follow
 * after the listed ones in the default order, so nothing of the plan is ever left out.
 *
 * @param municipality the municipality's code, or null for the default layout
 * @param contentsDepth the deepest heading level the table of contents lists (0: no contents)
 * @param placements where each listed part goes, in order
 * @param budgetCharts whether each operating summary is followed by its chart
 * @param indicatorCharts whether each indicator with values gets a chart of them against its
 *     targets
 * @param report how the municipality's follow-up reports are arranged
 */
public record DocumentLayout(
    String municipality,
    int contentsDepth,
    List<Placement> placements,
    boolean budgetCharts,
    boolean indicatorCharts,
    ReportLayout report) {

  /**
   * Every part at the end in the default order, reservations as an appendix; contents of two
   * levels; follow-up reports in their default order.
   */
  public static final DocumentLayout DEFAULT = new DocumentLayout(null, 2, List.of(), true, false);

  /** A layout of plan documents; follow-up reports in their default order. */
  public DocumentLayout(
      String municipality,
      int contentsDepth,
      List<Placement> placements,
      boolean budgetCharts,
      boolean indicatorCharts) {
    this(
        municipality,
        contentsDepth,
        placements,
        budgetCharts,
        indicatorCharts,
        ReportLayout.DEFAULT);
  }

  public DocumentLayout {
    Objects.requireNonNull(report, "report layout");
    placements = List.copyOf(placements);
    if (contentsDepth < 0 || contentsDepth > 6) {
      throw new IllegalArgumentException("contents depth is 0 to 6, got " + contentsDepth);
    }
    Set<Part> seen = EnumSet.noneOf(Part.class);
    for (Placement placement : placements) {
      if (!seen.add(placement.part())) {
        throw new IllegalArgumentException(
            "part '" + placement.part().fileName() + "' is placed twice");
      }
    }
  }

  /** The listed placements, then every unlisted part at the end (reservations as an appendix). */
  public List<Placement> allPlacements() {
    List<Placement> all = new ArrayList<>(placements);
    Set<Part> listed = EnumSet.noneOf(Part.class);
    placements.forEach(p -> listed.add(p.part()));
    for (Part part : Part.values()) {
      if (!listed.contains(part)) {
        all.add(new Placement(part, null, null, null, part == Part.RESERVATIONS));
      }
    }
    return all;
  }

  public Optional<Placement> placement(Part part) {
    return allPlacements().stream().filter(p -> p.part() == part).findFirst();
  }

  /**
   * Where one part goes: after the section with key {@code after} (null: after all sections), under
   * {@code heading} (null: the default heading, or none when placed after a section whose heading
   * already introduces it), at heading {@code level} (null: one below that section's, or 1 at the
   * end; without a heading, the level of the part's own items), or as an appendix on pages of its
   * own.
   */
  public record Placement(
      Part part, String after, String heading, Integer level, boolean appendix) {
    public Placement {
      Objects.requireNonNull(part, "part");
      if (level != null && (level < 1 || level > 6)) {
        throw new IllegalArgumentException(
            "part '" + part.fileName() + "': a heading level is 1 to 6, got " + level);
      }
      if (appendix && after != null) {
        throw new IllegalArgumentException(
            "part '"
                + part.fileName()
                + "' is an appendix; an appendix is not placed after a section");
      }
      if (heading != null && heading.isBlank()) {
        heading = null;
      }
    }
  }

  /** The parts of a plan that the document prints from its data rather than from its text. */
  public enum Part {
    GOALS,
    ACTIVITIES,
    ASSIGNMENTS,
    PRIORITY_DIRECTIONS,
    ACTION_PLANS,
    FOCUS_AREAS,
    SAVINGS_MEASURES,
    OPERATIONAL_MEASURES,
    INTERNAL_CONTROL,
    PROVIDERS,
    FORECASTS,
    RESERVATIONS;

    public String fileName() {
      return se.styr.shared.FileWords.of(this);
    }
  }
}
