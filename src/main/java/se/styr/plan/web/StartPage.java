package se.styr.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.version.PlanAccess;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * Municipalities with their committees and plans, as far as the caller may see them, with search.
 */
@Controller
class StartPage {
  private final Versions plans;
  private final PlanAccess access;

  StartPage(Versions plans, PlanAccess access) {
    this.plans = plans;
    this.access = access;
  }

  record CommitteeView(String name, List<PlanSummary> plans) {}

  record MunicipalityView(String code, String name, List<CommitteeView> committees) {}

  @GetMapping("/")
  String start(@RequestParam(name = "q", required = false) String query, Model model) {
    String q = query == null ? "" : query.strip();
    List<PlanSummary> visible =
        access.visiblePlans(plans.plans()).stream().filter(p -> matches(p, q)).toList();
    Map<String, Map<String, List<PlanSummary>>> grouped = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    visible.stream()
        .sorted(
            (a, b) ->
                a.municipalityName().compareTo(b.municipalityName()) != 0
                    ? a.municipalityName().compareTo(b.municipalityName())
                    : a.committeeName().compareTo(b.committeeName()) != 0
                        ? a.committeeName().compareTo(b.committeeName())
                        : Integer.compare(b.budgetYear(), a.budgetYear()))
        .forEach(
            p -> {
              names.put(p.municipalityCode(), p.municipalityName());
              grouped
                  .computeIfAbsent(p.municipalityCode(), k -> new LinkedHashMap<>())
                  .computeIfAbsent(p.committeeName(), k -> new ArrayList<>())
                  .add(p);
            });
    List<MunicipalityView> municipalities = new ArrayList<>();
    grouped.forEach(
        (code, committees) ->
            municipalities.add(
                new MunicipalityView(
                    code,
                    names.get(code),
                    committees.entrySet().stream()
                        .map(e -> new CommitteeView(e.getKey(), e.getValue()))
                        .toList())));
    model.addAttribute("q", q);
    model.addAttribute("municipalities", municipalities);
    model.addAttribute("count", visible.size());
    return "start";
  }

  private static boolean matches(PlanSummary plan, String query) {
    if (query.isEmpty()) {
      return true;
    }
    String haystack =
        (plan.municipalityName()
                + " "
                + plan.committeeName()
                + " "
                + plan.title()
                + " "
                + plan.budgetYear()
                + " "
                + plan.municipalityCode())
            .toLowerCase(Locale.ROOT);
    for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
