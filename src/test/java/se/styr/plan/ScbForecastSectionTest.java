package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.styr.forecast.AgeBand;
import se.styr.forecast.BandService;
import se.styr.forecast.PlanForecast;
import se.styr.forecast.ScbPopulation;
import se.styr.shared.InvalidValueException;

/**
 * A forecast whose band takes its population from SCB ({@code population: scb}): read and written
 * back, stored with the plan whatever is stored of SCB's, and computed from the stored figures as
 * from the same figures in a row; a figure not stored is refused saying what to fetch.
 */
class ScbForecastSectionTest {
  private static final String PLAN =
      ForecastSectionTest.PLAN.replace("population: stat.pop", "population: scb");

  /** SCB's figures as a store would answer them: the band 80 and over of municipality 2061. */
  private static ScbPopulation stored(Map<Integer, Long> outcome, Map<Integer, Long> forecast) {
    return new ScbPopulation() {
      @Override
      public String region() {
        return "2061";
      }

      @Override
      public Long persons(AgeBand band, int year, boolean isOutcome) {
        assertThat(band.from()).isEqualTo(80);
        assertThat(band.to()).isNull();
        return (isOutcome ? outcome : forecast).get(year);
      }

      @Override
      public SortedMap<Integer, Boolean> years() {
        SortedMap<Integer, Boolean> years = new TreeMap<>();
        forecast.keySet().forEach(y -> years.put(y, false));
        outcome.keySet().forEach(y -> years.put(y, true));
        return years;
      }
    };
  }

  private static PlanForecast forecast(ScbPopulation scb) {
    PlanDocument plan = PlanFileReader.read("plan.yaml", PLAN);
    return new PlanForecast(plan.forecasts().list().get(0), PlanStatistics.of(plan), scb);
  }

  @Test
  void readsAndWritesBackABandWhosePopulationIsScbs() {
    PlanDocument plan = PlanFileReader.read("plan.yaml", PLAN);
    assertThat(plan.forecasts().list().get(0).bands().get(0).scb()).isTrue();
    String written = PlanFileWriter.write(plan);
    assertThat(written).contains("{key: 80-w, from: 80, population: scb}");
    assertThat(PlanFileReader.read("again.yaml", written)).isEqualTo(plan);
  }

  @Test
  void computesTheForecastFromScbsStoredFiguresAsFromTheSameFiguresInARow() {
    PlanForecast forecast =
        forecast(stored(Map.of(2022, 1000L, 2023, 1000L), Map.of(2024, 1100L, 2025, 1200L)));
    var row = new BandService("80-w", "hemtjanst");
    assertThat(forecast.forecast().outcomeYears()).containsExactly(2022, 2023);
    assertThat(forecast.forecast().forecastYears()).containsExactly(2024, 2025);
    // as from the row: the mean of 200/1000 and 220/1000 is 21 %; 1 100 × 0.21 = 231
    assertThat(forecast.result().recipients(row, 2024)).isEqualTo(231);
    assertThat(forecast.result().recipients(row, 2025)).isEqualTo(252);
    assertThat(forecast.comparison().base().place(2024).needed()).isEqualTo(212);
  }

  @Test
  void aFigureNotStoredIsRefusedSayingWhatToFetch() {
    Map<Integer, Long> forecast = new java.util.HashMap<>(Map.of(2024, 1100L));
    forecast.put(2025, null);
    assertThatThrownBy(() -> forecast(stored(Map.of(2022, 1000L, 2023, 1000L), forecast)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.text().key()).isEqualTo("forecast.scb.missing");
              assertThat(e.text().swedish()).contains("2061", "TAB6008", "för 2025");
            });
  }

  @Test
  void withoutAMunicipalityCodeOrAnythingStoredItSaysSo() {
    assertThatThrownBy(() -> forecast(ScbPopulation.NONE))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.text().key()).isEqualTo("forecast.scb.noRegion"));
    assertThatThrownBy(() -> forecast(stored(Map.of(), Map.of())))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.text().key()).isEqualTo("forecast.scb.nothing"));
  }
}
