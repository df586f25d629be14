package se.styr.goals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.DecidedViews;
import se.styr.plan.web.PlanNav;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.web.KeptFragments;

/**
 * The goals tab of a plan version: the goal tree with every goal and indicator assessed for a year
 * chosen from the plan's years, the goal chain's findings, the commitments, the internal control
 * plan and the reservations beside what they would replace. An htmx request from the year form gets
 * just the tree (and the announcement of the year) back; without JavaScript the form reloads the
 * page. A decided version's page is computed once per year and kept (see {@link DecidedViews}).
 */
@Controller
class GoalPages {
  /** The id of the element the year form's htmx request replaces. */
  static final String TREE = "goal-tree";

  private final PlanStore plans;
  private final DecidedViews versions;
  private final PlanAccess access;
  private final KeptFragments kept;

  GoalPages(PlanStore plans, DecidedViews versions, PlanAccess access, KeptFragments kept) {
    this.plans = plans;
    this.versions = versions;
    this.access = access;
    this.kept = kept;
  }

  /** The version's address, which the kept parts link to. */
  record Address(long planId, int number) {}

  /** What the kept parts of the page show: the page as viewed for a year, at this address. */
  private record Shown(Address nav, GoalsPage goals) {}

  private static final List<String> PARTS = List.of("top", "tree", "rest");

  @GetMapping("/plans/{planId}/versions/{number}/goals")
  String goals(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestParam(required = false) String year,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-Target", required = false) String target,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    Integer asked = parse(year);
    int assessed =
        GoalsPage.year(plan, asked)
            .orElseThrow(
                () ->
                    StyrException.rule(
                        Text.of("goals.error.year", year, plan.header().period().describe())));
    PlanNav.add(model, access, version, plan, "goals");
    GoalsPage goals =
        versions.computed(version, "goals@" + assessed, () -> GoalsPage.of(plan, assessed));
    model.addAttribute("goals", goals);
    response.addHeader("Vary", "HX-Request, HX-Target");
    if (htmx != null && TREE.equals(target)) {
      return "goals/tree-answer";
    }
    // The parts without forms are rendered once for what they show (a draft's goal chain changes
    // far less often than its pages are read) and kept (goals/goals-parts.html).
    Shown shown = new Shown(new Address(planId, number), goals);
    model.addAttribute(
        "parts",
        kept.of(
            shown,
            "goals/goals-parts",
            PARTS,
            () -> Map.of("nav", shown.nav(), "goals", shown.goals())));
    return "goals/goals";
  }

  private static Integer parse(String year) {
    if (year == null || year.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(year.strip());
    } catch (NumberFormatException e) {
      throw StyrException.rule(Text.of("goals.error.notYear", year));
    }
  }
}
