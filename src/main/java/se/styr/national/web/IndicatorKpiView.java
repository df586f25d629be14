package se.styr.national.web;

import java.util.ArrayList;
import java.util.List;
import se.styr.goals.Assessment;
import se.styr.goals.Assessor;
import se.styr.goals.GoalChain;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorValue;
import se.styr.goals.KpiFill;
import se.styr.goals.Source;
import se.styr.national.KoladaStore;
import se.styr.plan.PlanDocument;
import se.styr.shared.Text;

/**
 * What the indicator's Kolada page shows: the indicator and its link (KPI, unit, gender, comparison
 * group), what filling from the stored values would do year by year, and how its relative targets
 * are assessed against the stored comparison data.
 */
record IndicatorKpiView(
    String key,
    String name,
    String unit,
    Source source,
    String kpiTitle,
    String compareTitle,
    List<FillRow> fill,
    boolean conflicts,
    boolean changes,
    List<Standing> standings) {

  /** One year of the fill: the plan's value and where it came from, Kolada's, and what happens. */
  record FillRow(
      String year,
      String planValue,
      Text planOrigin,
      String koladaValue,
      String rank,
      Text fetched,
      Text outcome,
      boolean conflict) {}

  /** A year's assessment of the indicator, e.g. "målet nått: plats 3 av 290 ...". */
  record Standing(String year, Text result, Text why) {}

  static IndicatorKpiView of(PlanDocument plan, Indicator indicator, KoladaStore store) {
    Source source = indicator.source();
    String kpi = source == null ? null : source.kpi();
    String kpiTitle = kpi == null ? null : store.kpi(kpi).map(KoladaStore.Kpi::title).orElse(null);
    List<FillRow> rows = new ArrayList<>();
    boolean conflicts = false;
    boolean changes = false;
    GoalChain chain = plan.goals().chain();
    String municipality = plan.municipality().scbCode();
    if (kpi != null && municipality != null && indicator.unit().isNumeric()) {
      List<KpiFill.KpiValue> values =
          store.series(kpi, municipality, source.ou(), source.genderOrTotal()).stream()
              .map(s -> new KpiFill.KpiValue(s.year(), s.value(), s.fetched()))
              .toList();
      for (KpiFill.Proposal p : KpiFill.propose(indicator, values, chain, municipality)) {
        IndicatorValue current = p.current();
        conflicts |= p.kind() == KpiFill.Kind.CONFLICT;
        changes |= p.kind() == KpiFill.Kind.NEW || p.kind() == KpiFill.Kind.REFRESHED;
        rows.add(
            new FillRow(
                Integer.toString(p.year()),
                current == null ? null : current.swedish(),
                current == null
                    ? null
                    : current.entered()
                        ? Text.of("national.fill.entered")
                        : Text.of(
                            "national.fill.fetchedFrom",
                            current.fetched().source(),
                            current.fetched().on().toString()),
                p.fetched() == null ? null : se.styr.shared.SwedishNumbers.format(p.fetched()),
                p.rank() == null ? null : p.rank() + " / " + p.of(),
                Text.of(
                    "national.fill.fetchedFrom", p.source().source(), p.source().on().toString()),
                Text.of("national.fill.kind." + p.kind().name()),
                p.kind() == KpiFill.Kind.CONFLICT));
      }
    }
    List<Standing> standings = new ArrayList<>();
    if (municipality != null) {
      for (int year : plan.header().period().allYears()) {
        for (Assessment a : Assessor.assessIndicators(chain, municipality, year)) {
          if (a.subject().equals(indicator.key()) && hasRelativeTarget(indicator, year)) {
            standings.add(
                new Standing(
                    Integer.toString(year),
                    Text.of("goals.result." + a.result().name().toLowerCase(java.util.Locale.ROOT)),
                    a.explanation().reason()));
          }
        }
      }
    }
    return new IndicatorKpiView(
        indicator.key(),
        indicator.name(),
        indicator.unit().fileName(),
        source,
        kpiTitle,
        source == null || source.compare() == null ? null : source.compare().title(),
        rows,
        conflicts,
        changes,
        standings);
  }

  private static boolean hasRelativeTarget(Indicator indicator, int year) {
    return indicator.targetsFor(year).stream()
        .filter(t -> t.target() != null)
        .flatMap(t -> t.target().parts().stream())
        .anyMatch(p -> p instanceof se.styr.goals.Target.Relative);
  }
}
