package se.styr.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionStatus;
import se.styr.followup.ReportingOccasion;
import se.styr.followup.report.FollowUpStore;
import se.styr.followup.report.FollowUps;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.YearRollover;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * "Start next year's plan" from a decided one (issue 16, year rollover): first a page listing what
 * the new draft takes over, column by column (carried from which column, filled from which annual
 * follow-up, left blank), nothing stored; then, on the button, the draft stored as version 1 of
 * next year's plan. A committee that has next year's plan already is shown it instead.
 */
@Controller
class NextYearPages {
  private final PlanStore plans;
  private final Versions versions;
  private final PlanAccess access;
  private final FollowUps followUps;

  NextYearPages(PlanStore plans, Versions versions, PlanAccess access, FollowUps followUps) {
    this.plans = plans;
    this.versions = versions;
    this.access = access;
    this.followUps = followUps;
  }

  /** The columns of one table as the page lists them. */
  record TableShifts(String title, List<YearRollover.Shift> columns) {}

  @GetMapping("/plans/{planId}/versions/{number}/next-year")
  String preview(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = decided(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "history");
    int next = plan.header().period().budgetYear() + 1;
    PlanSummary existing =
        versions
            .plan(version.plan().municipalityCode(), version.plan().committeeKey(), next)
            .orElse(null);
    model.addAttribute("existing", existing);
    model.addAttribute("nextYear", next);
    if (existing == null) {
      YearRollover.Result result = gathered(version.plan(), plan).rollover(plan);
      Map<String, List<YearRollover.Shift>> byTable = new LinkedHashMap<>();
      result
          .shifts()
          .forEach(s -> byTable.computeIfAbsent(s.table(), t -> new ArrayList<>()).add(s));
      model.addAttribute(
          "tables",
          byTable.entrySet().stream().map(e -> new TableShifts(e.getKey(), e.getValue())).toList());
      model.addAttribute("draft", result.plan());
      model.addAttribute("goalChanges", result.goals());
    }
    return "plan/next-year";
  }

  @PostMapping("/plans/{planId}/versions/{number}/next-year")
  String create(@PathVariable long planId, @PathVariable int number) {
    PlanAccess.VisibleVersion version = decided(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    int next = plan.header().period().budgetYear() + 1;
    versions
        .plan(version.plan().municipalityCode(), version.plan().committeeKey(), next)
        .ifPresent(
            p -> {
              throw StyrException.conflict(
                  Text.of("plan.next.exists", plan.committee().name(), next));
            });
    PlanStore.StoredVersion stored =
        plans.store(gathered(version.plan(), plan).rollover(plan).plan(), access.caller().actor());
    if (plans.followsCouncil(version.versionId())) {
      plans.followCouncil(stored.versionId(), stored.number(), true);
    }
    return "redirect:/plans/" + stored.planId() + "/versions/" + stored.number();
  }

  private PlanAccess.VisibleVersion decided(long planId, int number) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    if (!version.decided()) {
      throw StyrException.conflict(Text.of("plan.next.notDecided", number));
    }
    return version;
  }

  /**
   * The full-year outcomes per area of the closed annual follow-ups of this plan's year and the
   * year before (its plan, where Styr has one), and the indicator values reported at any of their
   * closed follow-ups.
   */
  private Gathered gathered(PlanSummary summary, PlanDocument plan) {
    List<YearRollover.AnnualOutcome> outcomes = new ArrayList<>();
    List<YearRollover.ReportedValue> reported = new ArrayList<>();
    int year = plan.header().period().budgetYear();
    List<PlanSummary> years = new ArrayList<>(List.of(summary));
    versions
        .plan(summary.municipalityCode(), summary.committeeKey(), year - 1)
        .ifPresent(years::add);
    for (PlanSummary of : years) {
      // the latest decided version's report first: it is the one that counts
      List<VersionSummary> latestFirst = new ArrayList<>(versions.versions(of.planId()));
      latestFirst.sort(java.util.Comparator.comparingInt(VersionSummary::number).reversed());
      for (VersionSummary v : latestFirst) {
        if (v.status() != PlanStatus.DECIDED) {
          continue;
        }
        for (FollowUpStore.StoredOccasion stored : followUps.occasions(v.versionId())) {
          if (stored.status() != OccasionStatus.CLOSED) {
            continue;
          }
          FollowUps.Loaded loaded = followUps.load(v.versionId(), stored.id());
          for (se.styr.followup.report.IndicatorEntry entry : loaded.report().indicators()) {
            if (entry.missing() || entry.value() == null) {
              continue;
            }
            reported.add(
                new YearRollover.ReportedValue(
                    entry.indicator(),
                    new se.styr.goals.IndicatorValue(
                        entry.period(),
                        entry.printed() != null ? entry.printed() : entry.value().swedish(),
                        entry.value(),
                        false,
                        null,
                        null),
                    loaded.report().occasion().title()));
          }
          if (loaded.report().occasion().kind() != ReportingOccasion.ANNUAL) {
            continue;
          }
          Map<String, BigDecimal> byArea = new LinkedHashMap<>();
          for (EconomyLine line : loaded.economy().lines()) {
            if (line.outcomeToDate() != null) {
              byArea.put(line.area(), line.outcomeToDate());
            }
          }
          java.util.Set<String> finished = new java.util.HashSet<>();
          loaded.report().commitments().stream()
              .filter(
                  c ->
                      c.status() == se.styr.shared.Status.DONE
                          || c.status() == se.styr.shared.Status.CANCELLED)
              .forEach(c -> finished.add(c.key()));
          outcomes.add(
              new YearRollover.AnnualOutcome(
                  of.budgetYear(),
                  loaded.report().unit(),
                  byArea,
                  loaded.report().occasion().title(),
                  finished));
        }
      }
    }
    return new Gathered(outcomes, reported);
  }

  /** What the plan's closed follow-ups hold for next year's plan. */
  private record Gathered(
      List<YearRollover.AnnualOutcome> outcomes, List<YearRollover.ReportedValue> reported) {
    YearRollover.Result rollover(PlanDocument plan) {
      return YearRollover.of(plan, outcomes, reported);
    }
  }
}
