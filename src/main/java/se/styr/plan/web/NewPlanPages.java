package se.styr.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.organisation.Municipality;
import se.styr.organisation.OrganisationStore;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.PlanTemplate;
import se.styr.plan.PlanTemplates;
import se.styr.security.Caller;
import se.styr.security.PlanScope;
import se.styr.shared.InvalidValueException;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.version.PlanHeader;
import se.styr.version.PlanPeriod;
import se.styr.version.PlanStatus;
import se.styr.version.VersionInfo;
import se.styr.version.Versions;

/**
 * A new plan started in the browser, without a file: whoever manages a committee chooses it, the
 * budget year, the title and how many history and plan years the tables show, and gets a blank
 * draft (version 1) to write in. A plan the committee already has for that year is not made again;
 * the page links to it.
 */
@Controller
class NewPlanPages {
  /** The most history or plan years a plan's tables show beside the budget year. */
  static final int MOST_YEARS = 5;

  private final OrganisationStore organisation;
  private final PlanStore plans;
  private final Versions versions;
  private final PlanAccess access;
  private final PlanTemplates templates;

  NewPlanPages(
      OrganisationStore organisation,
      PlanStore plans,
      Versions versions,
      PlanAccess access,
      PlanTemplates templates) {
    this.organisation = organisation;
    this.plans = plans;
    this.versions = versions;
    this.access = access;
    this.templates = templates;
  }

  /** A committee the caller may start a plan for. */
  record Choice(long id, String municipality, String name) {}

  /** The form as typed, with each wrong field's error. */
  record Form(
      String committee,
      String year,
      String title,
      String historyYears,
      String planYears,
      String start,
      Map<String, Text> errors) {
    /** Whether the plan starts from the municipality's template rather than blank. */
    public boolean fromTemplate() {
      return "template".equals(start);
    }

    public Text error(String field) {
      return errors.get(field);
    }

    public Text startError() {
      return errors.get("start");
    }

    public Text committeeError() {
      return errors.get("committee");
    }

    public Text yearError() {
      return errors.get("year");
    }

    public Text titleError() {
      return errors.get("title");
    }

    public Text historyYearsError() {
      return errors.get("historyYears");
    }

    public Text planYearsError() {
      return errors.get("planYears");
    }
  }

  @GetMapping("/plans/new")
  String form(Model model) {
    managing();
    int next = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear() + 1;
    return page(model, new Form("", String.valueOf(next), "", "1", "2", "blank", Map.of()), null);
  }

  @PostMapping("/plans/new")
  String create(
      @RequestParam(defaultValue = "") String committee,
      @RequestParam(defaultValue = "") String year,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "1") String historyYears,
      @RequestParam(defaultValue = "2") String planYears,
      @RequestParam(defaultValue = "blank") String start,
      Model model,
      HttpServletResponse response) {
    Caller caller = managing();
    Map<String, Text> errors = new LinkedHashMap<>();
    OrganisationStore.StoredCommittee chosen = null;
    try {
      chosen = organisation.committee(Long.parseLong(committee.strip())).orElse(null);
    } catch (NumberFormatException e) {
      // named below
    }
    if (chosen == null
        || !caller.canManage(new PlanScope(chosen.municipalityCode(), chosen.id()))) {
      errors.put("committee", Text.of("plan.new.chooseCommittee"));
    }
    Integer budgetYear = number(year, 1900, 2200, "year", errors);
    Integer history = number(historyYears, 0, MOST_YEARS, "historyYears", errors);
    Integer ahead = number(planYears, 0, MOST_YEARS, "planYears", errors);
    if (title.strip().length() > 200) {
      errors.put("title", Text.of("plan.new.titleTooLong", 200));
    }
    PlanDocument template = null;
    if ("template".equals(start) && chosen != null) {
      template =
          templates.of(chosen.municipalityCode()).map(PlanTemplates.Stored::template).orElse(null);
      if (template == null) {
        errors.put("start", Text.of("plan.new.noTemplate"));
      }
    }
    Form form = new Form(committee, year, title, historyYears, planYears, start, errors);
    if (!errors.isEmpty()) {
      response.setStatus(422);
      return page(model, form, null);
    }
    Municipality municipality = organisation.municipality(chosen.municipalityCode()).orElseThrow();
    var existing =
        versions.plan(municipality.code(), chosen.committee().key(), budgetYear).orElse(null);
    if (existing != null) {
      response.setStatus(409);
      model.addAttribute("existing", existing);
      return page(model, form, Text.of("plan.new.exists", chosen.committee().name(), budgetYear));
    }
    PlanDocument blank;
    try {
      blank =
          template != null
              ? PlanTemplate.start(template, municipality, chosen.committee(), budgetYear, title)
              : new PlanDocument(
                  municipality,
                  chosen.committee(),
                  new PlanHeader(
                      title.isBlank()
                          ? Text.of("plan.new.defaultTitle", budgetYear).swedish()
                          : title.strip(),
                      new PlanPeriod(
                          budgetYear,
                          IntStream.rangeClosed(1, history)
                              .map(i -> budgetYear - history - 1 + i)
                              .boxed()
                              .toList(),
                          IntStream.rangeClosed(1, ahead)
                              .map(i -> budgetYear + i)
                              .boxed()
                              .toList()),
                      null,
                      null,
                      null),
                  new VersionInfo(1, PlanStatus.DRAFT, List.of()),
                  List.of(),
                  List.of(),
                  List.of(),
                  null,
                  null,
                  null);
      access.requireImport(municipality, chosen.committee().key());
    } catch (InvalidValueException e) {
      response.setStatus(422);
      return page(model, form, InvalidValueException.textOf(e));
    }
    PlanStore.StoredVersion stored = plans.store(blank, caller.actor());
    if (!se.styr.plan.CouncilGoals.isCouncil(chosen.committee())) {
      // a plan written here takes the council's goals of its year, once the council has them
      plans.followCouncil(stored.versionId(), stored.number(), true);
    }
    return "redirect:/plans/" + stored.planId() + "/versions/" + stored.number();
  }

  private static Integer number(
      String text, int least, int most, String field, Map<String, Text> errors) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= least && value <= most) {
        return value;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    errors.put(field, Text.of("plan.new.number", text.strip(), least, most));
    return null;
  }

  private String page(Model model, Form form, Text refusal) {
    Caller caller = access.caller();
    List<Choice> choices = new ArrayList<>();
    for (Municipality m : organisation.municipalities()) {
      for (OrganisationStore.StoredCommittee c : organisation.committees(m.code())) {
        if (caller.canManage(new PlanScope(m.code(), c.id()))) {
          choices.add(new Choice(c.id(), m.name(), c.committee().name()));
        }
      }
    }
    model.addAttribute("choices", choices);
    model.addAttribute("form", form);
    model.addAttribute("refusal", refusal);
    model.addAttribute("mostYears", MOST_YEARS);
    model.addAttribute(
        "templates",
        organisation.municipalities().stream()
            .filter(m -> templates.madeFrom(m.code()).isPresent())
            .map(m -> Text.of("plan.new.templateOf", m.name(), templates.madeFrom(m.code()).get()))
            .toList());
    return "plan/new";
  }

  /** The signed-in caller, who must manage some committee's plans. */
  private Caller managing() {
    Caller caller = access.caller();
    if (!caller.managesSomething()) {
      throw StyrException.forbidden(Text.of("plan.new.forbidden"));
    }
    return caller;
  }
}
