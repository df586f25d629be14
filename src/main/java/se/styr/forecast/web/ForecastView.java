package se.styr.forecast.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.styr.charts.Figure;
import se.styr.charts.ForecastChart;
import se.styr.forecast.ForecastCase;
import se.styr.forecast.ForecastResult;
import se.styr.forecast.ForecastSpec;
import se.styr.forecast.ForecastTable;
import se.styr.forecast.ForecastTables;
import se.styr.forecast.NeedsForecast;
import se.styr.forecast.PlanForecast;
import se.styr.forecast.PlanForecastReview;
import se.styr.forecast.ScbPopulation;
import se.styr.forecast.ScenarioComparison;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStatistics;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * One needs forecast of a plan as its page shows it: tables of population, recipients, places,
 * costs and scenarios, the charts, and the review of the plan's stated figures; or, where the
 * plan's tables do not make a forecast, why not.
 */
record ForecastView(
    String key,
    String title,
    String problem,
    List<ForecastTable> tables,
    ForecastTable scenarios,
    List<String> notes,
    List<Figure> charts,
    List<ReviewView> review,
    String reviewSummary) {

  static ForecastView of(
      ForecastSpec spec,
      PlanDocument plan,
      ScbPopulation population,
      Function<Text, String> words) {
    PlanForecast forecast;
    ScenarioComparison comparison;
    PlanForecastReview review;
    try {
      forecast = new PlanForecast(spec, PlanStatistics.of(plan), population);
      comparison = forecast.comparison();
      review = PlanForecastReview.of(forecast);
    } catch (InvalidValueException | ArithmeticException e) {
      String why =
          e instanceof InvalidValueException invalid
              ? words.apply(invalid.text())
              : String.valueOf(e.getMessage());
      return new ForecastView(
          spec.key(), spec.title(), why, List.of(), null, List.of(), List.of(), List.of(), null);
    }
    ForecastTables tables = new ForecastTables(forecast, comparison, words);
    List<ForecastTable> shown = new ArrayList<>();
    shown.add(tables.population());
    shown.add(tables.recipients());
    if (!comparison.base().places().isEmpty()) {
      shown.add(tables.places());
    }
    List<String> notes = new ArrayList<>();
    if (forecast.costs().isEmpty()) {
      notes.add(words.apply(Text.of("forecast.page.noCost")));
    } else {
      shown.add(tables.costs());
    }
    List<ReviewView> findings = new ArrayList<>();
    findings.addAll(ReviewView.of(review.forecast(), plan, words));
    findings.addAll(ReviewView.of(review.places(), plan, words));
    return new ForecastView(
        spec.key(),
        spec.title(),
        null,
        shown,
        comparison.scenarios().isEmpty() ? null : tables.scenarios(),
        notes,
        charts(forecast, comparison.base(), words),
        findings,
        summary(findings, words));
  }

  private static List<Figure> charts(
      PlanForecast forecast, ForecastCase base, Function<Text, String> words) {
    NeedsForecast needs = forecast.forecast();
    ForecastResult result = base.result();
    String id = "forecast-" + forecast.spec().key().replaceAll("[^A-Za-z0-9_-]", "-");
    List<Figure> figures = new ArrayList<>();
    figures.add(
        new Figure(
            words.apply(Text.of("charts.forecast.population")),
            ForecastChart.population(needs, id + "-pop", words)));
    figures.add(
        new Figure(
            words.apply(Text.of("charts.forecast.recipients")),
            ForecastChart.recipients(needs, result, id + "-rec", words)));
    if (!base.places().isEmpty()) {
      String service = ForecastTables.serviceName(needs, forecast.spec().places().service());
      figures.add(
          new Figure(
              words.apply(Text.of("charts.forecast.places", service)),
              ForecastChart.places(base.places(), service, id + "-places", words)));
    }
    return figures;
  }

  private static String summary(List<ReviewView> findings, Function<Text, String> words) {
    if (findings.isEmpty()) {
      return words.apply(Text.of("forecast.page.reviewNone"));
    }
    long explained = findings.stream().filter(ReviewView::explained).count();
    return words.apply(
        Text.of(
            "forecast.page.reviewSummary",
            BigDecimal.valueOf(findings.size()),
            BigDecimal.valueOf(explained)));
  }
}
