package se.styr.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.VersionComparison;
import se.styr.version.PlanAccess;
import se.styr.web.PageTexts;

/**
 * Two versions of a plan side by side: what changed in the header, the texts (word by word), the
 * tables and figures, the goals, indicators and commitments. Both versions must be visible to the
 * caller; without {@code to} the latest visible version is compared with the one it is based on.
 */
@Controller
class ComparisonPages {
  private final PlanStore plans;
  private final PlanAccess access;
  private final PageTexts texts;

  ComparisonPages(PlanStore plans, PlanAccess access, PageTexts texts) {
    this.plans = plans;
    this.access = access;
    this.texts = texts;
  }

  @GetMapping("/plans/{planId}/compare")
  String compare(
      @PathVariable long planId,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    PlanAccess.VisiblePlan plan = access.plan(planId);
    PlanAccess.VisibleVersion newer =
        access.readable(planId, to != null ? to : plan.latest().number());
    PlanAccess.VisibleVersion older =
        access.readable(
            planId,
            from != null ? from : VersionPages.compareFrom(newer.version(), plan.versions()));
    PlanDocument newerPlan = plans.load(newer.versionId());
    PlanDocument olderPlan = plans.load(older.versionId());
    PlanNav.add(model, access, newer, newerPlan, "history");
    model.addAttribute("versions", plan.versions());
    model.addAttribute("from", older.version().number());
    model.addAttribute("to", newer.version().number());
    model.addAttribute(
        "comparison",
        ComparisonView.of(VersionComparison.compare(olderPlan, newerPlan), texts::of));
    return "plan/compare";
  }
}
