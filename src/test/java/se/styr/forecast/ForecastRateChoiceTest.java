package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styr.forecast.Smedjebacken.HOME_CARE_YOUNGER;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastRateChoiceTest {
  @Test
  void latestOutcomeRateIsKeptExactNotRounded() {
    var forecast = Smedjebacken.latest();
    // 2023: 108 of 2 419 persons 65-79 had home care; the rate stays 108/2419, not 4.46 %.
    assertThat(RateChoice.latest().rate(forecast, HOME_CARE_YOUNGER).share())
        .isEqualTo(Ratio.of(108, 2419));
    // 2024: 2 364 × 108/2419 = 105.544… → 106 (the plan's 106); 4.46 % would give 105.43 → 105.
    assertThat(Projection.project(forecast).recipients(HOME_CARE_YOUNGER, 2024)).isEqualTo(106);
  }

  @Test
  void statedRateIsTakenAsPrinted() {
    var forecast =
        Smedjebacken.forecast(
            Map.of(HOME_CARE_YOUNGER, RateChoice.stated("4.46")), RateChoice.latest());
    assertThat(Projection.project(forecast).recipients(HOME_CARE_YOUNGER, 2024)).isEqualTo(105);
  }

  @Test
  void averageOfRatesWeighsEachYearTheSame() {
    var years = List.of(2020, 2021, 2022, 2023);
    var forecast = Smedjebacken.latest();
    // (76/2398 + 112/2419 + 116/2432 + 108/2419) / 4 = 4.2584 %; 2035: 2 242 × that = 95.47 → 95.
    CoverageRate average = new RateChoice.AverageOfRates(years).rate(forecast, HOME_CARE_YOUNGER);
    assertThat(average.percent(4)).isEqualByComparingTo("4.2584");
    var result =
        Projection.project(
            Smedjebacken.forecast(
                Map.of(HOME_CARE_YOUNGER, new RateChoice.AverageOfRates(years)),
                RateChoice.latest()));
    assertThat(result.recipients(HOME_CARE_YOUNGER, 2035)).isEqualTo(95);
  }

  @Test
  void pooledRatioWeighsEachYearByItsPopulation() {
    var years = List.of(2020, 2021, 2022, 2023);
    var forecast = Smedjebacken.latest();
    // (76 + 112 + 116 + 108) / (2398 + 2419 + 2432 + 2419) = 412/9668 = 4.2615 %; 2035: 95.54 → 96.
    CoverageRate pooled = new RateChoice.PooledRatio(years).rate(forecast, HOME_CARE_YOUNGER);
    assertThat(pooled.share()).isEqualTo(Ratio.of(412, 9668));
    var result =
        Projection.project(
            Smedjebacken.forecast(
                Map.of(HOME_CARE_YOUNGER, new RateChoice.PooledRatio(years)), RateChoice.latest()));
    assertThat(result.recipients(HOME_CARE_YOUNGER, 2035)).isEqualTo(96);
  }

  @Test
  void outcomeYearsKeepTheirCountsAndRates() {
    var row = Projection.project(Smedjebacken.latest()).row(HOME_CARE_YOUNGER, 2021).orElseThrow();
    assertThat(row.outcome()).isTrue();
    assertThat(row.recipients()).isEqualTo(112);
    assertThat(row.rate().percent(2)).isEqualTo(new BigDecimal("4.63"));
  }
}
