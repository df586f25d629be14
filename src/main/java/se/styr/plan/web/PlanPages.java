package se.styr.plan.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.styr.checks.Finding;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.version.PlanAccess;

/**
 * A plan's overview: status, version history, decisions with § and dnr, findings, and where to go.
 */
@Controller
class PlanPages {
  private final PlanStore plans;
  private final DecidedViews versions;
  private final PlanAccess access;

  PlanPages(PlanStore plans, DecidedViews versions, PlanAccess access) {
    this.plans = plans;
    this.versions = versions;
    this.access = access;
  }

  @GetMapping("/plans/{planId}")
  String plan(@PathVariable long planId) {
    return "redirect:/plans/" + planId + "/versions/" + access.plan(planId).latest().number();
  }

  @GetMapping("/plans/{planId}/versions/{number}")
  String overview(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    List<Finding> findings = versions.computed(version, "findings", plan::findings);
    PlanNav.add(model, access, version, plan, "overview");
    model.addAttribute("versions", access.plan(planId).versions());
    model.addAttribute("tableFindings", findings.stream().map(FindingView::of).toList());
    model.addAttribute(
        "goalFindings",
        versions.computed(
            version, "goal-findings", () -> plan.goalFindings(plan.displayName()).size()));
    model.addAttribute("tables", plan.tables());
    return "plan/overview";
  }
}
