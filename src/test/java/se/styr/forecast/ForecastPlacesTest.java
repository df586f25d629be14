package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

class ForecastPlacesTest {
  /** Smedjebacken: 103 places, 16 more at Solgården from 2026 (seed line 110 and 124). */
  private static final PlaceCapacity SMEDJEBACKEN = PlaceCapacity.of(103).plus(2026, 16);

  @Test
  void capacityCountsPlannedPlacesFromTheirYear() {
    assertThat(SMEDJEBACKEN.placesIn(2025)).isEqualTo(103);
    assertThat(SMEDJEBACKEN.placesIn(2026)).isEqualTo(119);
  }

  @Test
  void shortageIsExistingMinusNeededNegativeWhenPlacesAreMissing() {
    var forecast = Smedjebacken.latest();
    var balances =
        PlacesForecast.balance(
            forecast,
            Projection.project(forecast),
            Service.NURSING_HOME,
            Map.of(),
            PlaceNeed.factor("0.8"),
            SMEDJEBACKEN);
    // 2030: 33 + 142 = 175 residents, × 0.8 = 140 places needed, 119 there: −21 (the plan's −21).
    PlaceBalance in2030 = balances.stream().filter(b -> b.year() == 2030).findFirst().orElseThrow();
    assertThat(in2030.persons()).isEqualTo(175);
    assertThat(in2030.needed()).isEqualTo(140);
    assertThat(in2030.existing()).isEqualTo(119);
    assertThat(in2030.shortage()).isEqualTo(-21);
    assertThat(in2030.queue()).isNull();
  }

  @Test
  void queueIsAddedToResidentsWhenGiven() {
    var forecast = Smedjebacken.latest();
    var balances =
        PlacesForecast.balance(
            forecast,
            Projection.project(forecast),
            Service.NURSING_HOME,
            Map.of(2024, 11L),
            PlaceNeed.factor("0.8"),
            SMEDJEBACKEN);
    // 2024: 34 + 111 residents + 11 in the queue = 156, × 0.8 = 124.8 → 125.
    assertThat(balances.get(0).persons()).isEqualTo(156);
    assertThat(balances.get(0).needed()).isEqualTo(125);
  }

  @Test
  void turnoverDividesThePersonsInNeed() {
    // 2023: 151 persons ÷ 1.34 = 112.69 → 113, the plan's "Behov antal platser" for 2023.
    assertThat(PlaceNeed.turnover("1.34").needed(151, RoundingMode.HALF_UP)).isEqualTo(113);
  }

  @Test
  void refusesNegativePlacesAndAFactorOfZero() {
    assertThatThrownBy(() -> PlaceCapacity.of(-1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.text().key()).isEqualTo("forecast.places.negative"));
    assertThatThrownBy(() -> PlaceNeed.factor("0"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo("a need factor or turnover is above zero, not 0"));
    assertThatThrownBy(() -> PlaceCapacity.of(10).plus(2030, -11).placesIn(2030))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getMessage()).isEqualTo("the places in 2030 fall below zero (-1)"));
  }
}
