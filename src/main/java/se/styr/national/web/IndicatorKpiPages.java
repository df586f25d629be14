package se.styr.national.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.goals.ComparisonGroup;
import se.styr.goals.GoalWriter;
import se.styr.goals.Indicator;
import se.styr.goals.KpiFill;
import se.styr.goals.Source;
import se.styr.goals.SourceType;
import se.styr.national.KoladaFetching;
import se.styr.national.KoladaStore;
import se.styr.plan.PartAddress;
import se.styr.plan.PartEditing;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.PlanNav;
import se.styr.shared.ErrorCode;
import se.styr.shared.InvalidValueException;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * An indicator's Kolada page: search the stored KPI catalogue by name or id and link the indicator
 * to a KPI (with a unit, gender and the municipalities it ranks among), see what the stored values
 * would fill in year by year (a value a person entered is overwritten only when ticked), fill them,
 * fetch the KPI's values for every municipality from Kolada on request, and see how the relative
 * targets assess against them. Linking and filling are changes of the indicator through the part
 * engine: audited, undoable, allowed to whoever may change the indicator.
 */
@Controller
class IndicatorKpiPages {
  private static final String PATH = "/plans/{planId}/versions/{number}/indicators/{key}/kolada";

  private final PlanStore plans;
  private final PlanAccess access;
  private final PartEditing editing;
  private final KoladaStore store;
  private final KoladaFetching fetching;

  IndicatorKpiPages(
      PlanStore plans,
      PlanAccess access,
      PartEditing editing,
      KoladaStore store,
      KoladaFetching fetching) {
    this.plans = plans;
    this.access = access;
    this.editing = editing;
    this.store = store;
    this.fetching = fetching;
  }

  @GetMapping(PATH)
  String page(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String key,
      @RequestParam(required = false) String q,
      Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    Indicator indicator = indicator(plan, key);
    PlanNav.add(model, access, version, plan, "goals");
    model.addAttribute("indicator", IndicatorKpiView.of(plan, indicator, store));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("hits", q == null ? List.of() : store.searchKpis(q, 50));
    model.addAttribute("searched", q != null && !q.isBlank());
    model.addAttribute("groups", store.groups());
    model.addAttribute(
        "units",
        plan.municipality().scbCode() == null
            ? List.of()
            : store.units(plan.municipality().scbCode()));
    model.addAttribute(
        "editable", !version.decided() && access.caller().canEditSomething(version.scope()));
    model.addAttribute("koladaAddress", fetching.base().toString());
    return "national/indicator";
  }

  @PostMapping(PATH + "/link")
  String link(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String key,
      @RequestParam String kpi,
      @RequestParam(defaultValue = "T") String gender,
      @RequestParam(defaultValue = "") String ou,
      @RequestParam(defaultValue = "all") String compare,
      @RequestParam(defaultValue = "") String groupTitle,
      @RequestParam(defaultValue = "") String members,
      RedirectAttributes redirect) {
    String id = kpi.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      ComparisonGroup group = group(compare, groupTitle, members);
      editing.replace(
          planId,
          number,
          address(key),
          "part.audit.kpiLinked",
          plan -> {
            Indicator indicator = indicator(plan, key);
            Source old = indicator.source();
            Source linked =
                new Source(
                    old == null ? SourceType.KOLADA : old.type(),
                    old == null ? "Kolada" : old.name(),
                    id,
                    ou.isBlank() ? null : ou.strip(),
                    "T".equals(gender) ? null : gender,
                    group);
            return GoalWriter.indicator(indicator.withSource(linked));
          },
          access.caller());
      redirect.addFlashAttribute("done", Text.of("national.linked", id));
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", e.text());
    } catch (StyrException e) {
      refuseOrThrow(e, redirect);
    }
    return back(planId, number, key);
  }

  @PostMapping(PATH + "/fill")
  String fill(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String key,
      @RequestParam(name = "overwrite", required = false) List<Integer> overwrite,
      RedirectAttributes redirect) {
    Set<Integer> years = overwrite == null ? Set.of() : new HashSet<>(overwrite);
    try {
      editing.replace(
          planId,
          number,
          address(key),
          "part.audit.kpiFilled",
          plan -> {
            Indicator indicator = indicator(plan, key);
            Source source = indicator.source();
            if (source == null || source.kpi() == null) {
              throw new InvalidValueException(Text.of("goals.fill.noKpi", key));
            }
            List<KpiFill.KpiValue> values =
                store
                    .series(
                        source.kpi(),
                        plan.municipality().scbCode(),
                        source.ou(),
                        source.genderOrTotal())
                    .stream()
                    .map(s -> new KpiFill.KpiValue(s.year(), s.value(), s.fetched()))
                    .toList();
            List<KpiFill.Proposal> proposals =
                KpiFill.propose(
                    indicator, values, plan.goals().chain(), plan.municipality().scbCode());
            return GoalWriter.indicator(KpiFill.apply(indicator, proposals, years));
          },
          access.caller());
      redirect.addFlashAttribute("done", Text.of("national.filled"));
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", e.text());
    } catch (StyrException e) {
      refuseOrThrow(e, redirect);
    }
    return back(planId, number, key);
  }

  @PostMapping(PATH + "/fetch")
  String fetch(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String key,
      RedirectAttributes redirect) {
    PlanDocument plan = fetchingFor(planId, number);
    Source source = indicator(plan, key).source();
    if (source == null || source.kpi() == null) {
      throw StyrException.rule(Text.of("goals.fill.noKpi", key));
    }
    List<Integer> years = new ArrayList<>(plan.header().period().allYears());
    try {
      KoladaFetching.Fetch fetched =
          source.ou() == null
              ? fetching.fetchValues(source.kpi(), years)
              : fetching.fetchUnitValues(source.kpi(), source.ou(), years);
      redirect.addFlashAttribute(
          "done", Text.of("national.fetched", fetched.stored(), fetched.source()));
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", e.text());
    } catch (StyrException e) {
      refuseOrThrow(e, redirect);
    }
    return back(planId, number, key);
  }

  /** A rule the change broke is said on the page; not allowed or not found stays an error. */
  private static void refuseOrThrow(StyrException e, RedirectAttributes redirect) {
    if (e.code() == ErrorCode.FORBIDDEN || e.code() == ErrorCode.NOT_FOUND) {
      throw e;
    }
    redirect.addFlashAttribute("refused", e.text());
  }

  @PostMapping(PATH + "/units")
  String units(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String key,
      RedirectAttributes redirect) {
    String municipality = fetchingFor(planId, number).municipality().scbCode();
    if (municipality == null) {
      throw StyrException.rule(Text.of("national.noMunicipalityCode"));
    }
    try {
      KoladaFetching.Fetch fetched = fetching.fetchUnits(municipality);
      redirect.addFlashAttribute("done", Text.of("national.stored.units", fetched.stored(), 0));
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", e.text());
    }
    return back(planId, number, key);
  }

  /** The plan version whose national data the caller asks to fetch, if the caller may. */
  private PlanDocument fetchingFor(long planId, int number) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    if (!access.caller().canEditSomething(version.scope())) {
      throw StyrException.forbidden(Text.of("national.forbidden"));
    }
    return plans.load(version.versionId());
  }

  private static String back(long planId, int number, String key) {
    return "redirect:/plans/" + planId + "/versions/" + number + "/indicators/" + key + "/kolada";
  }

  private static PartAddress address(String key) {
    return PartAddress.parse("indicators/" + key);
  }

  private static Indicator indicator(PlanDocument plan, String key) {
    return plan.goals().indicators().stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow(() -> StyrException.notFound(Text.of("national.noIndicator", key)));
  }

  /** The comparison group chosen: all municipalities (null), a stored Kolada group or a list. */
  private ComparisonGroup group(String compare, String title, String members) {
    if (compare.equals("all")) {
      return null;
    }
    if (compare.equals("list")) {
      List<String> codes = new ArrayList<>();
      for (String code : members.split("[\\s,;]+")) {
        if (!code.isBlank()) {
          codes.add(code.strip());
        }
      }
      return new ComparisonGroup(
          title.isBlank() ? Text.of("national.ownGroup").swedish() : title.strip(), null, codes);
    }
    return store
        .group(compare)
        .map(KoladaStore.Group::asComparison)
        .orElseThrow(() -> StyrException.notFound(Text.of("national.noGroup", compare)));
  }
}
