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

  AuditPages(PlanStore plans, PlanAccess access, AuditLog audit, MessageSource messages) {
    this.plans = plans;
    this.access = access;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/plans/{planId}/versions/{number}/audit")
  String audit(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    Caller caller = access.caller();
    if (caller.isAnonymous() || !caller.canRead(version.scope(), false)) {
      throw StyrException.notFound(Text.of("versions.error.noAuditLog", planId));
    }
    PlanNav.add(model, access, version, plans.load(version.versionId()), "audit");
    model.addAttribute(
        "entries",
        audit.ofPlan(planId, SHOWN).stream()
            .map(e -> AuditView.of(e, messages, LocaleContextHolder.getLocale()))
            .toList());
    model.addAttribute("shown", SHOWN);
    return "plan/audit";
  }
}
