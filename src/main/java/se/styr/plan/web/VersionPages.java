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
import se.styr.shared.Text;
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
  private final se.styr.plan.PlanTemplates templates;

  VersionPages(
      PlanStore plans, Versions versions, PlanAccess access, se.styr.plan.PlanTemplates templates) {
    this.plans = plans;
    this.versions = versions;
    this.access = access;
    this.templates = templates;
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
    plans.decide(version.versionId(), checked.decision(), access.caller().actor());
    redirect.addFlashAttribute("done", "decided");
    return "redirect:/plans/" + planId + "/versions/" + number + "/history";
  }

  /**
   * What the history says of the council's goals and frame: which council plan version the plan
   * follows or was decided with, the committee's frame, and whether it may start or stop following.
   */
  record CouncilView(Text status, Text frame, boolean canFollow, boolean canUnfollow) {}

  /**
   * On the council's own plan: a committee plan of the year whose draft follows it, and whether the
   * council's goals as they are now fit it (else why not).
   */
  record Follower(String committee, String href, Text state) {}

  private List<Follower> followers(PlanDocument council, PlanAccess.VisibleVersion version) {
    if (!se.styr.plan.CouncilGoals.isCouncil(council.committee())
        || !access.caller().canManage(version.scope())) {
      return List.of();
    }
    List<Follower> followers = new java.util.ArrayList<>();
    for (se.styr.version.PlanSummary plan : versions.plans()) {
      if (!plan.municipalityCode().equals(council.municipality().code())
          || plan.budgetYear() != council.header().period().budgetYear()
          || plan.committeeKey().equals(council.committee().key())
          || plan.latestStatus() != PlanStatus.DRAFT) {
        continue;
      }
      VersionSummary draft = versions.version(plan.planId(), plan.latestVersion()).orElse(null);
      if (draft == null || !plans.followsCouncil(draft.versionId())) {
        continue;
      }
      List<Text> conflicts =
          se.styr.plan.CouncilGoals.conflicts(plans.stored(draft.versionId()), council);
      followers.add(
          new Follower(
              plan.committeeName(),
              "/plans/" + plan.planId() + "/versions/" + draft.number() + "/history",
              conflicts.isEmpty()
                  ? Text.of("plan.council.fits", String.valueOf(draft.number()))
                  : Text.of(
                      "plan.council.doesNotFit",
                      String.valueOf(draft.number()),
                      Text.join("; ", conflicts))));
    }
    return followers;
  }

  /** A draft starts or stops following the council's plan of its year. */
  @PostMapping("/plans/{planId}/versions/{number}/council")
  String council(
      @PathVariable long planId,
      @PathVariable int number,
      @org.springframework.web.bind.annotation.RequestParam boolean follow,
      RedirectAttributes redirect) {
    access.manageable(planId, number);
    plans.changeCouncilFollowing(planId, number, follow, access.caller().actor(), null);
    redirect.addFlashAttribute("councilChanged", true);
    return "redirect:/plans/" + planId + "/versions/" + number + "/history";
  }

  private CouncilView council(PlanAccess.VisibleVersion version, PlanDocument plan) {
    if (se.styr.plan.CouncilGoals.isCouncil(plan.committee())) {
      return null;
    }
    String year = String.valueOf(plan.header().period().budgetYear());
    boolean manages = !version.decided() && access.caller().canManage(version.scope());
    PlanDocument council;
    Text status;
    boolean canFollow = false;
    boolean canUnfollow = false;
    if (version.decided()) {
      Long pinned = plans.councilVersionOf(version.versionId()).orElse(null);
      if (pinned == null) {
        return null;
      }
      council = plans.load(pinned);
      status =
          Text.of(
              "plan.council.decidedWith",
              String.valueOf(council.version().number()),
              council.displayName());
    } else {
      boolean follows = plans.followsCouncil(version.versionId());
      VersionSummary latest = plans.councilPlan(plan).orElse(null);
      if (latest == null) {
        return follows
            ? new CouncilView(Text.of("plan.council.waiting", year), null, false, manages)
            : null;
      }
      council = plans.load(latest.versionId());
      List<Text> conflicts =
          follows
              ? se.styr.plan.CouncilGoals.conflicts(plans.stored(version.versionId()), council)
              : List.of();
      if (!conflicts.isEmpty()) {
        status = Text.of("plan.council.conflict", year, Text.join("; ", conflicts));
        canUnfollow = manages;
      } else if (follows) {
        status =
            Text.of(
                "plan.council.following",
                year,
                String.valueOf(latest.number()),
                Text.of(
                    latest.status() == PlanStatus.DECIDED
                        ? "plan.council.decided"
                        : "plan.council.draft"));
        canUnfollow = manages;
      } else {
        status = Text.of("plan.council.notFollowing", year);
        canFollow = manages;
      }
    }
    Text frame =
        se.styr.plan.CouncilGoals.frame(
                council, plan.committee().key(), plan.header().period().budgetYear())
            .map(
                f ->
                    Text.of(
                        "plan.council.frame",
                        year,
                        se.styr.shared.SwedishNumbers.format(f.amount()),
                        f.unit(),
                        f.table()))
            .orElse(Text.of("plan.council.noFrame", year));
    return new CouncilView(status, frame, canFollow, canUnfollow);
  }

  /** Makes this decided version its municipality's template for new plans. */
  @PostMapping("/plans/{planId}/versions/{number}/template")
  String template(
      @PathVariable long planId, @PathVariable int number, RedirectAttributes redirect) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    if (!version.decided()) {
      throw se.styr.shared.StyrException.rule(Text.of("plan.template.decidedOnly"));
    }
    templates.save(planId, number, access.caller());
    redirect.addFlashAttribute("templateSaved", true);
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
    model.addAttribute("council", council(version, plan));
    model.addAttribute("followers", followers(plan, version));
    model.addAttribute(
        "canMakeTemplate",
        version.decided() && access.caller().managesMunicipality(plan.municipality().code()));
    model.addAttribute("template", templates.madeFrom(plan.municipality().code()).orElse(null));
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
