package se.styr.plan.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.styr.plan.PlanStore;
import se.styr.security.AuditLog;
import se.styr.security.AuditView;
import se.styr.security.Caller;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * The plan's audit tab: every change to any version of the plan, newest first. Only for signed-in
 * callers who may read the plan's drafts; for anyone else it does not exist (404), like a draft.
 * The page only reads: the log cannot be changed by any role, and the database refuses it too.
 */
@Controller
class AuditPages {
  static final int SHOWN = 500;
  private final PlanStore plans;
  private final PlanAccess access;
  private final AuditLog audit;
  private final MessageSource messages;

  private final se.styr.version.Versions versions;
  private final se.styr.plan.Undo undo;

  AuditPages(
      PlanStore plans,
      PlanAccess access,
      AuditLog audit,
      MessageSource messages,
      se.styr.version.Versions versions,
      se.styr.plan.Undo undo) {
    this.plans = plans;
    this.access = access;
    this.audit = audit;
    this.messages = messages;
    this.versions = versions;
    this.undo = undo;
  }

  @GetMapping("/plans/{planId}/versions/{number}/audit")
  String audit(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    Caller caller = access.caller();
    if (caller.isAnonymous() || !caller.canRead(version.scope(), false)) {
      throw StyrException.notFound(Text.of("versions.error.noAuditLog", planId));
    }
    PlanNav.add(model, access, version, plans.load(version.versionId()), "audit");
    java.util.List<AuditLog.Entry> entries = audit.ofPlan(planId, SHOWN);
    java.util.Map<Long, AuditLog.Entry> undone = new java.util.HashMap<>();
    entries.stream().filter(e -> e.undoes() != null).forEach(e -> undone.put(e.undoes(), e));
    java.util.Set<Integer> drafts =
        versions.versions(planId).stream()
            .filter(v -> v.status() == se.styr.version.PlanStatus.DRAFT)
            .map(se.styr.version.VersionSummary::number)
            .collect(java.util.stream.Collectors.toSet());
    boolean edits = caller.canEditSomething(version.scope());
    model.addAttribute(
        "entries",
        entries.stream()
            .map(
                e -> {
                  AuditLog.Entry undo = undone.get(e.id());
                  return AuditView.of(e, messages, LocaleContextHolder.getLocale())
                      .withUndo(
                          edits
                              && undo == null
                              && drafts.contains(e.version())
                              && se.styr.plan.Undo.undoable(e),
                          undo == null
                              ? null
                              : messages.getMessage(
                                  "auditlog.undoneBy",
                                  new Object[] {undo.actor(), AuditView.when(undo.at())},
                                  LocaleContextHolder.getLocale()));
                })
            .toList());
    model.addAttribute("shown", SHOWN);
    return "plan/audit";
  }

  /**
   * Undoes a change from the log (a figure or a text of a draft), then shows the log again saying
   * so, or why it could not be undone.
   */
  @org.springframework.web.bind.annotation.PostMapping(
      "/plans/{planId}/versions/{number}/audit/{entryId}/undo")
  String undo(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable long entryId,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    Caller caller = access.caller();
    if (caller.isAnonymous() || !caller.canRead(version.scope(), false)) {
      throw StyrException.notFound(Text.of("versions.error.noAuditLog", planId));
    }
    try {
      undo.undo(planId, entryId, caller);
      redirect.addFlashAttribute("undone", Text.of("plan.undo.done", entryId));
    } catch (StyrException e) {
      redirect.addFlashAttribute("undoRefused", e.text());
    }
    return "redirect:/plans/" + planId + "/versions/" + number + "/audit";
  }
}
