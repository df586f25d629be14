package se.styr.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.organisation.Municipality;
import se.styr.organisation.MunicipalityCodes;
import se.styr.organisation.OrganisationStore;
import se.styr.organisation.Organisations;
import se.styr.security.Caller;
import se.styr.security.CurrentCaller;
import se.styr.security.PlanScope;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Municipalities and their committees on an administration page: an installation administrator adds
 * a municipality by choosing it from SCB's list, whoever manages a municipality adds its committees
 * by name. The rules and the audit are {@link Organisations}'s, the same as the API's.
 */
@Controller
class OrganisationPages {
  private final OrganisationStore store;
  private final Organisations organisations;
  private final CurrentCaller callers;

  OrganisationPages(OrganisationStore store, Organisations organisations, CurrentCaller callers) {
    this.store = store;
    this.organisations = organisations;
    this.callers = callers;
  }

  /** A municipality with its committees, and whether the caller may add one. */
  record Row(
      String code,
      String name,
      boolean canAddCommittee,
      List<OrganisationStore.StoredCommittee> committees) {}

  /** One of SCB's municipalities not yet in Styr. */
  record Choice(String code, String name) {}

  @GetMapping("/admin/organisation")
  String page(Model model) {
    Caller caller = managing();
    Set<String> present =
        store.municipalities().stream().map(Municipality::code).collect(Collectors.toSet());
    model.addAttribute(
        "municipalities",
        store.municipalities().stream()
            .map(m -> row(m, caller))
            .filter(
                r -> caller.isAdministrator() || r.canAddCommittee() || !r.committees().isEmpty())
            .toList());
    model.addAttribute("canAddMunicipality", caller.isAdministrator());
    model.addAttribute(
        "choices",
        caller.isAdministrator()
            ? MunicipalityCodes.all().stream()
                .filter(code -> !present.contains(code))
                .map(code -> new Choice(code, MunicipalityCodes.name(code).orElse(code)))
                .toList()
            : List.of());
    return "admin/organisation";
  }

  private Row row(Municipality municipality, Caller caller) {
    boolean manages = caller.canManage(new PlanScope(municipality.code(), -1));
    return new Row(
        municipality.code(),
        municipality.name(),
        manages,
        store.committees(municipality.code()).stream()
            .filter(c -> manages || caller.canManage(new PlanScope(municipality.code(), c.id())))
            .toList());
  }

  @PostMapping("/admin/organisation/municipalities")
  String addMunicipality(
      @RequestParam(defaultValue = "") String code,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Caller caller = managing();
    try {
      if (!MunicipalityCodes.isKnown(code)) {
        throw StyrException.rule(
            Text.of("organisation.error.unknownCode", code, MunicipalityCodes.count()));
      }
      Municipality saved =
          organisations.saveMunicipality(code, MunicipalityCodes.name(code).orElse(""), caller);
      redirect.addFlashAttribute("done", Text.of("organisation.page.added", saved.name()));
      return "redirect:/admin/organisation#m-" + code;
    } catch (StyrException e) {
      return refused(model, response, e, "municipality-error", page(model));
    }
  }

  @PostMapping("/admin/organisation/municipalities/{code}/committees")
  String addCommittee(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String key,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Caller caller = managing();
    try {
      OrganisationStore.StoredCommittee saved =
          organisations.saveCommittee(code, key, name, caller);
      redirect.addFlashAttribute(
          "done", Text.of("organisation.page.committeeAdded", saved.committee().name(), code));
      return "redirect:/admin/organisation#m-" + code;
    } catch (StyrException e) {
      model.addAttribute("failedCode", code);
      model.addAttribute("typedName", name);
      model.addAttribute("typedKey", key);
      return refused(model, response, e, "committee-error-" + code, page(model));
    }
  }

  private static String refused(
      Model model, HttpServletResponse response, StyrException e, String where, String view) {
    Text text =
        e instanceof RuleViolation violation
            ? Text.join("; ", violation.problems().stream().map(RuleProblem::text).toList())
            : e.text();
    model.addAttribute("error", text);
    model.addAttribute("errorAt", where);
    response.setStatus(se.styr.web.ErrorStatus.of(e.code()).value());
    return view;
  }

  /** The signed-in caller, who must manage something to see this page. */
  private Caller managing() {
    Caller caller = callers.get();
    if (!caller.managesSomething()) {
      throw StyrException.forbidden(Text.of("organisation.page.forbidden"));
    }
    return caller;
  }
}
