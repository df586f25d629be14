package se.styr.forecast.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.styr.forecast.ScbPopulation;
import se.styr.national.ScbPopulationStore;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.PlanNav;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.web.PageTexts;

/** The forecast tab of a plan version: every needs forecast the plan describes, computed. */
@Controller
class ForecastPages {
  private final PlanStore plans;
  private final PlanAccess access;
  private final PageTexts texts;
  private final ScbPopulationStore scb;

  ForecastPages(PlanStore plans, PlanAccess access, PageTexts texts, ScbPopulationStore scb) {
    this.plans = plans;
    this.access = access;
    this.texts = texts;
    this.scb = scb;
  }

  @GetMapping("/plans/{planId}/versions/{number}/forecast")
  String forecast(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "forecast");
    model.addAttribute(
        "forecasts", views(plan, scb.population(plan.municipality().code()), texts::of));
    return "forecast/forecast";
  }

  static List<ForecastView> views(
      PlanDocument plan, ScbPopulation population, Function<Text, String> words) {
    return plan.forecasts().list().stream()
        .map(f -> ForecastView.of(f, plan, population, words))
        .toList();
  }
}
