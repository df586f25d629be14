package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.forecast.BandService;
import se.styr.forecast.Forecasts;
import se.styr.forecast.PlanForecast;
import se.styr.forecast.ScenarioComparison;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/** The forecasts section of a plan file: read, checked against the plan's tables, written back. */
class ForecastSectionTest {
  private static final String TABLE =
      """
        - table: stat
          kind: statistics
          title: Statistik
          unit: antal
          columns:
            - {key: u2022, label: Utfall 2022, type: outcome, year: 2022}
            - {key: u2023, label: Utfall 2023, type: outcome, year: 2023}
            - {key: f2024, label: '2024', type: forecast, year: 2024}
            - {key: f2025, label: '2025', type: forecast, year: 2025}
          rows:
            - {key: pop, label: Folkmängd 80+, values: [1000, 1000, 1100, 1200]}
            - {key: hemtjanst, label: Hemtjänst, values: [200, 220, null, null]}
            - {key: ko, label: Kö, values: [5, 6, 4, null]}
      """;

  static final String PLAN =
      PlanFiles.VALID
          + TABLE
          + """
          forecasts:
            - key: aldre
              title: Äldreomsorgens behov
              rounding: half_even
              bands:
                - {key: 80-w, from: 80, population: stat.pop}
              services:
                - key: hemtjanst
                  name: Hemtjänst
                  cost: {kronor: 250000, budgetRow: drift.hemtjanst}
                  bands:
                    - {band: 80-w, recipients: stat.hemtjanst, rate: {average: [2022, 2023]}}
              places:
                service: hemtjanst
                existing: 200
                planned:
                  - {from: 2025, places: 20}
                need: {factor: 0.9}
                queue: stat.ko
              scenarios:
                - key: hogre
                  name: Högre andel
                  changes:
                    - {service: hemtjanst, points: 1}
                    - {places: 10, from: 2024}
          """;

  private static List<FileProblem> problems(String text) {
    try {
      PlanFileReader.read("plan.yaml", text);
    } catch (BadFileException e) {
      return e.problems();
    }
    throw new AssertionError("the file was read without problems");
  }

  private static PlanForecast forecast(PlanDocument plan) {
    return new PlanForecast(plan.forecasts().list().get(0), PlanStatistics.of(plan));
  }

  @Test
  void aPlanFileWithoutTheSectionReadsAsBefore() {
    PlanDocument plan = PlanFileReader.read("plan.yaml", PlanFiles.VALID);
    assertThat(plan.forecasts()).isEqualTo(Forecasts.NONE);
    assertThat(PlanFileWriter.write(plan)).doesNotContain("forecasts");
  }

  @Test
  void readsTheSectionAndWritesItBackToTheSamePlan() {
    PlanDocument plan = PlanFileReader.read("plan.yaml", PLAN);
    String written = PlanFileWriter.write(plan);
    assertThat(PlanFileReader.read("again.yaml", written)).isEqualTo(plan);
    assertThat(PlanFileWriter.write(PlanFileReader.read("again.yaml", written))).isEqualTo(written);
    assertThat(written)
        .contains(
            "      - {band: 80-w, recipients: stat.hemtjanst, rate: {average: [2022, 2023]}}");
  }

  @Test
  void computesRecipientsCostsPlacesAndScenariosFromThePlansOwnRows() {
    PlanForecast forecast = forecast(PlanFileReader.read("plan.yaml", PLAN));
    var row = new BandService("80-w", "hemtjanst");
    // the mean of 200/1000 and 220/1000 is 21 %: 1 100 × 0.21 = 231, 1 200 × 0.21 = 252
    assertThat(forecast.result().recipients(row, 2024)).isEqualTo(231);
    assertThat(forecast.result().recipients(row, 2025)).isEqualTo(252);
    ScenarioComparison comparison = forecast.comparison();
    // (231 + queue 4) × 0.9 = 211.5, half even 212, against 200 places
    assertThat(comparison.base().place(2024).needed()).isEqualTo(212);
    assertThat(comparison.base().place(2024).shortage()).isEqualTo(-12);
    // 252 × 0.9 = 226.8 → 227 against 200 + 20 planned from 2025
    assertThat(comparison.base().place(2025).shortage()).isEqualTo(-7);
    assertThat(comparison.base().cost("hemtjanst", 2024)).isEqualTo(57_750_000L);
    // one point more: 22 %, 242 in 2024; (242 + 4) × 0.9 = 221.4 → 221 against 210
    assertThat(comparison.recipientsAgainstBase("hogre", "hemtjanst", 2024)).isEqualTo(11);
    assertThat(comparison.scenario("hogre").place(2024).shortage()).isEqualTo(-11);
  }

  @Test
  void takesTheCostPerRecipientFromTheBudgetWhenThePlanSaysSo() {
    String fromBudget =
        PLAN.replace(
            "cost: {kronor: 250000, budgetRow: drift.hemtjanst}",
            "cost: {fromBudget: 2024, budgetRow: drift.hemtjanst}");
    PlanDocument plan = PlanFileReader.read("plan.yaml", fromBudget);
    PlanForecast forecast = forecast(plan);
    // the budget of 2024, 210 tkr = 210 000 kr, over 2024's 231 projected recipients: 909.09 → 909
    assertThat(forecast.costs())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kronor()).isEqualTo(909);
              assertThat(c.budgetLine()).isEqualTo("drift.hemtjanst");
            });
    // 2025: 252 recipients × 909 kr
    assertThat(forecast.comparison().base().cost("hemtjanst", 2025)).isEqualTo(229_068L);
    assertThat(PlanFileWriter.write(plan))
        .contains("cost: {fromBudget: 2024, budgetRow: drift.hemtjanst}");
    // a year the budget states nothing for gives no cost, never zero
    PlanForecast without =
        forecast(
            PlanFileReader.read(
                "plan.yaml", fromBudget.replace("fromBudget: 2024", "fromBudget: 2025")));
    assertThat(without.costs()).isEmpty();
  }

  @Test
  void refusesEveryBadFieldNamingTheForecastTheFieldAndTheLine() {
    String bad =
        PLAN.replace("rate: {average: [2022, 2023]}", "rate: newest")
            .replace("population: stat.pop", "population: pop")
            .replace("existing: 200", "existing: 200.5")
            .replace("need: {factor: 0.9}", "need: {factor: 0.9, turnover: 1.3}")
            .replace("{service: hemtjanst, points: 1}", "{service: hemtjanst}");

    assertThat(problems(bad))
        .extracting(FileProblem::line, FileProblem::message)
        .contains(
            tuple(
                line(bad, "population: pop"),
                "needs forecast 'aldre' → age band '80-w': the field 'population' names a row as"
                    + " table.row, not 'pop'"),
            tuple(
                line(bad, "rate: newest"),
                "needs forecast 'aldre' → service 'hemtjanst' → age band, field 'rate': 'newest' is"
                    + " no way of choosing a rate; write latest (the latest outcome year) or one of"
                    + " the fields stated (a percent), average (the years whose rates are averaged)"
                    + " and pooled (the years counted together)"),
            tuple(
                line(bad, "existing: 200.5"),
                "needs forecast 'aldre' → places: the field 'existing' is a whole number, not"
                    + " 200.5"),
            tuple(
                line(bad, "need: {factor"),
                "needs forecast 'aldre' → places → need: write one of turnover and factor"),
            tuple(
                line(bad, "{service: hemtjanst}"),
                "needs forecast 'aldre' → scenario 'hogre' → change: a change moves the rate by"
                    + " points or percent, chooses it by rate, or adds places from a year"));
  }

  @Test
  void refusesRowsThePlanDoesNotHaveAndBandsThatOverlapAsPlanRules() {
    String missing = PLAN.replace("queue: stat.ko", "queue: stat.queue");
    assertThat(problems(missing))
        .extracting(FileProblem::line, FileProblem::message)
        .containsExactly(
            tuple(
                line(missing, "queue: stat.queue"),
                "needs forecast 'aldre': the field 'queue' names the row queue of the table stat,"
                    + " which is not there"));

    String overlapping =
        PLAN.replace(
            "      - {key: 80-w, from: 80, population: stat.pop}\n",
            "      - {key: 80-w, from: 80, population: stat.pop}\n"
                + "      - {key: 85-w, from: 85, population: stat.pop}\n");
    assertThat(problems(overlapping))
        .extracting(FileProblem::message)
        .containsExactly("needs forecast 'aldre': the age bands 80-w and 85-w overlap");
  }

  private static int line(String text, String part) {
    String before = text.substring(0, text.indexOf(part));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
