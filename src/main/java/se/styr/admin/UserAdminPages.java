package se.styr.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.organisation.Municipality;
import se.styr.organisation.OperationalArea;
import se.styr.organisation.OrganisationStore;
import se.styr.security.Caller;
import se.styr.security.CurrentCaller;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;

/**
 * User administration: the users an administrator may see with their grants in words, creating a
 * user (a one-time password shown once, on the next page), resetting a password, disabling and
 * enabling, adding and revoking grants. Plain forms that redirect after a change; a broken rule is
 * shown at its field. The rules themselves are in {@link UserAdministration}.
 */
@Controller
class UserAdminPages {
  private final UserAdministration admin;
  private final CurrentCaller callers;
  private final GrantWords words;
  private final OrganisationStore organisation;
  private final CommitteeAreas areas;

  UserAdminPages(
      UserAdministration admin,
      CurrentCaller callers,
      GrantWords words,
      OrganisationStore organisation,
      CommitteeAreas areas) {
    this.admin = admin;
    this.callers = callers;
    this.words = words;
    this.organisation = organisation;
    this.areas = areas;
  }

  record UserForm(String username, String displayName) {}

  record UserRow(
      long id,
      String username,
      String displayName,
      boolean enabled,
      List<String> grants,
      int otherGrants) {}

  record GrantRow(long id, String words) {}

  record Account(
      long id,
      String username,
      String displayName,
      boolean enabled,
      boolean mustChangePassword,
      boolean localPassword,
      boolean locked,
      boolean manageable,
      boolean self,
      List<GrantRow> grants,
      int otherGrants) {}

  /**
   * Where a new grant applies, as chosen in the first step of the form, and what may be chosen
   * there.
   */
  record ScopeChoice(
      List<Municipality> municipalities,
      boolean installation,
      String municipality,
      List<OrganisationStore.StoredCommittee> committees,
      Long committee,
      List<OperationalArea> areas,
      List<Role> roles,
      String words) {}

  @GetMapping("/admin/users")
  String users(Model model) {
    return list(model, new UserForm("", ""), Map.of());
  }

  @PostMapping("/admin/users")
  String create(
      UserForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      UserAdministration.OneTimePassword created =
          admin.create(callers.get(), form.username(), form.displayName());
      redirect.addFlashAttribute("oneTime", created);
      return "redirect:/admin/users/" + created.userId();
    } catch (InvalidField e) {
      response.setStatus(422);
      return list(model, form, Map.of(e.field(), e.messageKey()));
    }
  }

  @GetMapping("/admin/users/{userId}")
  String user(
      @PathVariable long userId,
      @RequestParam(required = false) String municipality,
      @RequestParam(required = false) Long committee,
      Model model) {
    return account(userId, municipality, committee, null, Map.of(), model);
  }

  @PostMapping("/admin/users/{userId}/password")
  String resetPassword(@PathVariable long userId, RedirectAttributes redirect) {
    redirect.addFlashAttribute("oneTime", admin.resetPassword(callers.get(), userId));
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/admin/users/{userId}/unlock")
  String unlock(@PathVariable long userId, RedirectAttributes redirect) {
    admin.unlock(callers.get(), userId);
    redirect.addFlashAttribute("status", "users.status.unlocked");
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/admin/users/{userId}/enabled")
  String setEnabled(
      @PathVariable long userId,
      @RequestParam boolean enabled,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      admin.setEnabled(callers.get(), userId, enabled);
    } catch (InvalidField e) {
      response.setStatus(422);
      return account(userId, null, null, null, Map.of(e.field(), e.messageKey()), model);
    }
    redirect.addFlashAttribute(
        "status", enabled ? "users.status.enabled" : "users.status.disabled");
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/admin/users/{userId}/grants")
  String addGrant(
      @PathVariable long userId,
      GrantRequest request,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      admin.addGrant(callers.get(), userId, request);
    } catch (InvalidField e) {
      response.setStatus(422);
      return account(
          userId,
          request.municipality() == null ? "" : request.municipality(),
          request.committee(),
          request,
          Map.of(e.field(), e.messageKey()),
          model);
    }
    redirect.addFlashAttribute("status", "users.status.granted");
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/admin/users/{userId}/grants/{grantId}/revoke")
  String revoke(
      @PathVariable long userId,
      @PathVariable long grantId,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      admin.revokeGrant(callers.get(), userId, grantId);
    } catch (InvalidField e) {
      response.setStatus(422);
      return account(userId, null, null, null, Map.of(e.field(), e.messageKey()), model);
    }
    redirect.addFlashAttribute("status", "users.status.revoked");
    return "redirect:/admin/users/" + userId;
  }

  private String list(Model model, UserForm form, Map<String, String> errors) {
    Caller caller = callers.get();
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "users",
        admin.users(caller).stream()
            .map(
                u ->
                    new UserRow(
                        u.user().id(),
                        u.user().username(),
                        u.user().displayName(),
                        u.user().enabled(),
                        u.grants().stream().map(g -> words.words(g.grant(), locale)).toList(),
                        u.otherGrants()))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "admin/users";
  }

  private String account(
      long userId,
      String municipality,
      Long committee,
      GrantRequest request,
      Map<String, String> errors,
      Model model) {
    Caller caller = callers.get();
    Locale locale = LocaleContextHolder.getLocale();
    UserAdministration.ManagedUser managed = admin.user(caller, userId);
    UserStore.StoredUser user = managed.user();
    model.addAttribute(
        "account",
        new Account(
            user.id(),
            user.username(),
            user.displayName(),
            user.enabled(),
            user.mustChangePassword(),
            user.passwordHash() != null,
            user.lockedAt(Instant.now()),
            managed.accountManageable(),
            user.username().equals(caller.username()),
            managed.grants().stream()
                .map(g -> new GrantRow(g.id(), words.words(g.grant(), locale)))
                .toList(),
            managed.otherGrants()));
    model.addAttribute("scope", choice(caller, municipality, committee, locale));
    model.addAttribute(
        "grant", request == null ? new GrantRequest("", null, null, "", "") : request);
    model.addAttribute("errors", errors);
    return "admin/user";
  }

  private ScopeChoice choice(Caller caller, String municipality, Long committee, Locale locale) {
    Set<String> mine = UserAdministration.administered(caller);
    List<Municipality> municipalities =
        organisation.municipalities().stream()
            .filter(m -> mine == null || mine.contains(m.code()))
            .toList();
    boolean installation = caller.isAdministrator();
    String first = municipalities.isEmpty() ? "" : municipalities.get(0).code();
    String chosen;
    if (municipality == null) {
      chosen = first;
    } else if (municipality.isBlank()) {
      chosen = installation ? "" : first;
    } else {
      chosen =
          municipalities.stream().anyMatch(m -> m.code().equals(municipality))
              ? municipality
              : first;
    }
    List<OrganisationStore.StoredCommittee> committees =
        chosen.isEmpty() ? List.of() : organisation.committees(chosen);
    OrganisationStore.StoredCommittee chosenCommittee =
        committee == null
            ? null
            : committees.stream().filter(c -> c.id() == committee).findFirst().orElse(null);
    List<Role> roles;
    String scopeWords;
    if (chosen.isEmpty()) {
      roles = installation ? List.of(Role.ADMINISTRATOR) : List.of();
      scopeWords = words.scope(Grant.administrator(), locale);
    } else if (chosenCommittee == null) {
      roles = List.of(Role.ADMINISTRATOR, Role.CONTROLLER, Role.READER);
      scopeWords = words.scope(Grant.of(Role.READER, chosen), locale);
    } else {
      roles = List.of(Role.CONTROLLER, Role.EDITOR, Role.READER);
      scopeWords = words.scope(Grant.of(Role.READER, chosen, chosenCommittee.id()), locale);
    }
    return new ScopeChoice(
        municipalities,
        installation,
        chosen,
        committees,
        chosenCommittee == null ? null : chosenCommittee.id(),
        chosenCommittee == null ? List.of() : areas.latest(chosenCommittee.id()),
        roles,
        scopeWords);
  }
}
