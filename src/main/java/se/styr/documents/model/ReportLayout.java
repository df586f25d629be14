package se.styr.documents.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a municipality arranges its follow-up reports (delårsrapport, tertial report ...): which part
 * comes first, under which heading, at which heading level, which ones are appendices. Parts not
 * listed follow the listed ones in the default order, so nothing reported is ever left out; a part
 * with nothing to show prints nothing, not even its heading.
 *
 * @param contentsDepth the deepest heading level the table of contents lists (0: no contents)
 * @param deviationChart whether the economy table is followed by a chart of each area's deviation
 * @param indicatorCharts whether each indicator reported with a number gets a chart of its values
 *     over the years, the occasion's included, against its targets
 * @param placements the listed parts, in order
 */
public record ReportLayout(
    int contentsDepth,
    boolean deviationChart,
    boolean indicatorCharts,
    List<Placement> placements) {

  /**
   * Every part in the default order (economy first), contents of two levels, a deviation chart, no
   * indicator charts.
   */
  public static final ReportLayout DEFAULT = new ReportLayout(2, true, false, List.of());

  public ReportLayout {
    placements = List.copyOf(placements);
    if (contentsDepth < 0 || contentsDepth > 6) {
      throw new IllegalArgumentException("contents depth is 0 to 6, got " + contentsDepth);
    }
    Set<Part> seen = EnumSet.noneOf(Part.class);
    for (Placement placement : placements) {
      if (!seen.add(placement.part())) {
        throw new IllegalArgumentException(
            "report part '" + placement.part().fileName() + "' is placed twice");
      }
    }
  }

  /** The listed placements, then every unlisted part in the default order. */
  public List<Placement> allPlacements() {
    List<Placement> all = new ArrayList<>(placements);
    Set<Part> listed = EnumSet.noneOf(Part.class);
    placements.forEach(p -> listed.add(p.part()));
    for (Part part : Part.values()) {
      if (!listed.contains(part)) {
        all.add(new Placement(part, null, null, false));
      }
    }
    return all;
  }

  /**
   * Where one part of the report goes: under {@code heading} (null: the part's default heading), at
   * heading {@code level} (null: the part's default level; a level deeper than the heading before
   * it allows prints one below that heading, so levels are never skipped), or as an appendix at the
   * end on pages of its own.
   */
  public record Placement(Part part, String heading, Integer level, boolean appendix) {
    public Placement {
      Objects.requireNonNull(part, "part");
      if (level != null && (level < 1 || level > 6)) {
        throw new IllegalArgumentException(
            "report part '" + part.fileName() + "': a heading level is 1 to 6, got " + level);
      }
      if (heading != null && heading.isBlank()) {
        heading = null;
      }
    }

    /** The level this part asks for: its own, or the part's default. */
    public int wantedLevel() {
      return level != null ? level : part.defaultLevel();
    }
  }

  /**
   * The parts of a follow-up report, in the default order, each with the heading level it has
   * unless the layout says otherwise.
   */
  public enum Part {
    /** The economy per area and in total, and the deviation chart. */
    ECONOMY(1, "ekonomi"),
    /** Budget adjustments and reallocations decided during the year. */
    BUDGET_CHANGES(2, "budgetandringar"),
    /** Gross revenue and cost per area. */
    GROSS(2, "brutto"),
    /** Investment projects: outcome, forecast, deviation. */
    INVESTMENTS(2, "investeringar"),
    /** Goal fulfilment with traffic lights, trend and justification. */
    GOALS(1, "mal"),
    /** Indicator values reported at the occasion against their targets. */
    INDICATORS(2, "indikatorer"),
    /** Activities, assignments, priority directions and action plans with status. */
    COMMITMENTS(1, "ataganden"),
    /** Internal control results on traffic lights. */
    INTERNAL_CONTROL(1, "internkontroll"),
    /** Operational measures counted per period. */
    OPERATIONAL_MEASURES(1, "verksamhetsmatt"),
    /** Private-provider follow-ups. */
    PROVIDERS(1, "utforare"),
    /** Each deviation's comment and measures to restore balance; investment comments. */
    COMMENTS(1, "kommentarer");

    private final int defaultLevel;
    private final String anchor;

    Part(int defaultLevel, String anchor) {
      this.defaultLevel = defaultLevel;
      this.anchor = anchor;
    }

    public int defaultLevel() {
      return defaultLevel;
    }

    /** The part's anchor in the document (links to it stay the same whatever the layout). */
    public String anchor() {
      return anchor;
    }

    public String fileName() {
      return se.styr.shared.FileWords.of(this);
    }
  }
}
