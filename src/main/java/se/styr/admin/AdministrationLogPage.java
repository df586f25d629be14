package se.styr.admin;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.styr.security.AuditLog;
import se.styr.security.AuditView;
import se.styr.security.CurrentCaller;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * The administration log: every change to users and grants, newest first. Only for installation
 * administrators, since entries of every municipality stand in it. Nothing here changes the log.
 */
@Controller
class AdministrationLogPage {
  static final int SHOWN = 500;
  private final AuditLog audit;
  private final CurrentCaller callers;
  private final MessageSource messages;

  AdministrationLogPage(AuditLog audit, CurrentCaller callers, MessageSource messages) {
    this.audit = audit;
    this.callers = callers;
    this.messages = messages;
  }

  @GetMapping("/admin/audit")
  String log(Model model) {
    if (!callers.get().isAdministrator()) {
      throw new StyrException(ErrorCode.FORBIDDEN, Text.of("auditlog.error.forbidden"));
    }
    model.addAttribute(
        "entries",
        audit.ofAdministration(SHOWN).stream()
            .map(e -> AuditView.of(e, messages, LocaleContextHolder.getLocale()))
            .toList());
    model.addAttribute("shown", SHOWN);
    return "admin/audit";
  }
}
