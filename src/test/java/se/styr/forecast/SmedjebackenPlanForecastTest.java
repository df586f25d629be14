package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStatistics;

/**
 * Smedjebacken's needs forecast computed from its plan file (demo/smedjebacken-omsorgsnamnden-2025,
 * section forecasts, over its tables befolkning and sabo-behov): the review finds exactly what
 * {@link SmedjebackenForecastTest} finds from the hand-copied figures.
 */
class SmedjebackenPlanForecastTest {
  private static PlanForecast forecast() {
    PlanDocument plan = PlanFileReader.read(Path.of("demo/smedjebacken-omsorgsnamnden-2025.yaml"));
    return new PlanForecast(
        plan.forecasts().find("aldreomsorg").orElseThrow(), PlanStatistics.of(plan));
  }

  @Test
  void readsTheYearsBandsAndRatesFromThePlansTables() {
    NeedsForecast needs = forecast().forecast();
    assertThat(needs.outcomeYears()).isEqualTo(Smedjebacken.OUTCOME);
    assertThat(needs.forecastYears()).isEqualTo(Smedjebacken.FORECAST);
    assertThat(needs.population("80-w", 2040)).isEqualTo(1218);
    assertThat(needs.recipients(Smedjebacken.HOME_CARE_OLDER, 2023)).isEqualTo(228);
  }

  @Test
  void reviewsTheStatedForecastTableAsTheHandCopiedFiguresDo() {
    SmedjebackenForecastTest.assertStatedForecastFindings(
        PlanForecastReview.of(forecast()).forecast());
  }

  @Test
  void reviewsTheStatedPlacesTableAsTheHandCopiedFiguresDo() {
    SmedjebackenForecastTest.assertStatedPlacesFindings(PlanForecastReview.of(forecast()).places());
  }

  @Test
  void projectsWithThePrintedRatesAndReckonsPlacesWithTheStatedTurnover() {
    PlanForecast forecast = forecast();
    ForecastResult result = forecast.result();
    // 2 364 × 4.46 % = 105.43 → 105 (the plan states 106, from the unrounded rate of 2023)
    assertThat(result.recipients(Smedjebacken.HOME_CARE_YOUNGER, 2024)).isEqualTo(105);
    assertThat(result.total(Service.NURSING_HOME, 2030)).isEqualTo(175);
    var base = forecast.comparison().base();
    // 2024: 34 + 111 residents + 11 in the queue = 156; 156 / 1.34 = 116.42 → 116 against 103
    assertThat(base.place(2024).needed()).isEqualTo(116);
    assertThat(base.place(2024).shortage()).isEqualTo(-13);
    // 2030: 33 + 142 = 175 (no queue stated); 175 / 1.34 = 130.60 → 131 against 103 + 16
    assertThat(base.place(2030).existing()).isEqualTo(119);
    assertThat(base.place(2030).shortage()).isEqualTo(-12);
  }
}
