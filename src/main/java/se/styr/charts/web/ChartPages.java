package se.styr.charts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableKind;
import se.styr.charts.Figure;
import se.styr.charts.IndicatorChart;
import se.styr.charts.OperatingBudgetChart;
import se.styr.goals.Indicator;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.PlanNav;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.web.PageTexts;

/**
 * Charts where people look rather than read: the operating budget per area over the plan years, and
 * each indicator's values against its targets. Each chart is SVG drawn on the server (the same
 * picture documents will use) and is followed by its numbers as a table for screen readers.
 */
@Controller
class ChartPages {
  private final PlanStore plans;
  private final PlanAccess access;
  private final PageTexts texts;

  ChartPages(PlanStore plans, PlanAccess access, PageTexts texts) {
    this.plans = plans;
    this.access = access;
    this.texts = texts;
  }

  @GetMapping("/plans/{planId}/versions/{number}/charts")
  String charts(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "charts");
    model.addAttribute("budgetCharts", budgetCharts(plan, texts::of));
    model.addAttribute("indicatorCharts", indicatorCharts(plan, texts::of));
    return "charts/charts";
  }

  /**
   * The charts of the operating summaries, their words in the visitor's language ({@code words}).
   */
  static List<Figure> budgetCharts(PlanDocument plan, Function<Text, String> words) {
    List<Figure> figures = new ArrayList<>();
    for (BudgetTable table : plan.tables()) {
      if (table.kind() == TableKind.OPERATING_SUMMARY) {
        try {
          figures.add(new Figure(table.title(), OperatingBudgetChart.ofYears(table, words)));
        } catch (IllegalArgumentException e) {
          // A summary without a budget or plan year (outcome only) has nothing to compare over
          // years.
        }
      }
    }
    return figures;
  }

  static List<Figure> indicatorCharts(PlanDocument plan, Function<Text, String> words) {
    List<Figure> figures = new ArrayList<>();
    for (Indicator indicator : plan.goals().chain().indicators()) {
      if (!indicator.values().isEmpty() || indicator.baseline() != null) {
        figures.add(
            new Figure(
                indicator.name(), IndicatorChart.of(indicator, "ind-" + figures.size(), words)));
      }
    }
    return figures;
  }
}
