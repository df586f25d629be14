package se.styr.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.version.Decision;
import se.styr.version.PlanAccess;
import se.styr.version.PlanStatus;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * A plan's versions: every version the caller may see with its decisions; for the committee's
 * controllers, deciding a draft (after which it never changes) and starting a revision of a decided
 * version. Both are plain forms that post and redirect, so they work without JavaScript.
 */
@Controller
class VersionPages {
  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
  private final PlanStore plans;
  private final Versions versions;
  private final PlanAccess access;

  VersionPages(PlanStore plans, Versions versions, PlanAccess access) {
    this.plans = plans;
    this.versions = versions;
    this.access = access;
  }

  /** One version as the history lists it. */
  record VersionRow(
      int number,
      PlanStatus status,
      String createdBy,
      String createdAt,
      Integer basedOn,
      List<Decision> decisions,
      boolean current) {}

  /**
   * What may be done here: decide this draft, revise this decided version, or neither (with the
   * open draft's number).
   */
  record Actions(boolean decide, boolean revise, Integer openDraft) {}

  @GetMapping("/plans/{planId}/versions/{number}/history")
  String history(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    if (!model.containsAttribute("decision")) {
      model.addAttribute("decision", DecisionForm.blank(plan.committee().name()));
    }
    return page(planId, version, plan, model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/decision")
  String decide(
      @PathVariable long planId,
      @PathVariable int number,
      @ModelAttribute("decision") DecisionForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanAccess.VisibleVersion version = access.manageable(planId, number);
    DecisionForm.Checked checked = form.check();
    if (!checked.errors().isEmpty()) {
      response.setStatus(422);
      model.addAttribute("errors", checked.errors());
      return page(planId, version, plans.load(version.versionId()), model);
    }
    versions.decide(version.versionId(), checked.decision(), access.caller().actor());
    redirect.addFlashAttribute("done", "decided");
    return "redirect:/plans/" + planId + "/versions/" + number + "/history";
  }

  @PostMapping("/plans/{planId}/versions/{number}/revisions")
  String revise(@PathVariable long planId, @PathVariable int number, RedirectAttributes redirect) {
    access.manageable(planId, number);
    PlanStore.StoredVersion revision = plans.revise(planId, number, access.caller().actor());
    redirect.addFlashAttribute("revisedFrom", number);
    return "redirect:/plans/" + planId + "/versions/" + revision.number();
  }

  private String page(
      long planId, PlanAccess.VisibleVersion version, PlanDocument plan, Model model) {
    PlanNav.add(model, access, version, plan, "history");
    List<VersionSummary> visible = access.plan(planId).versions();
    int current = version.version().number();
    model.addAttribute(
        "versions",
        visible.stream()
            .map(
                v ->
                    new VersionRow(
                        v.number(),
                        v.status(),
                        v.createdBy(),
                        CREATED.format(v.createdAt()),
                        v.basedOn(),
                        v.decisions(),
                        v.number() == current))
            .toList());
    boolean manages = access.caller().canManage(version.scope());
    Integer openDraft =
        versions.versions(planId).stream()
            .filter(v -> v.status() == PlanStatus.DRAFT)
            .map(VersionSummary::number)
            .findFirst()
            .orElse(null);
    model.addAttribute(
        "actions",
        new Actions(
            manages && !version.decided(),
            manages && version.decided() && openDraft == null,
            manages ? openDraft : null));
    model.addAttribute("compareFrom", compareFrom(version.version(), visible));
    model.addAttribute("compareTo", current);
    return "plan/history";
  }

  /**
   * What this version is most naturally compared with: the one it is based on, else the one before
   * it.
   */
  static int compareFrom(VersionSummary version, List<VersionSummary> visible) {
    if (version.basedOn() != null
        && visible.stream().anyMatch(v -> v.number() == version.basedOn())) {
      return version.basedOn();
    }
    return visible.stream()
        .mapToInt(VersionSummary::number)
        .filter(n -> n < version.number())
        .max()
        .orElse(version.number());
  }
}
