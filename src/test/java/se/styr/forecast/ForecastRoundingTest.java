package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastRoundingTest {
  private static NeedsForecast oneBand(long population, String percent, RoundingMode rounding) {
    return new NeedsForecast(
        List.of(AgeBand.andOver("80-w", 80)),
        List.of(new Service("sabo", "Säbo")),
        List.of(),
        List.of(2030),
        List.of(new PopulationFigure("80-w", 2030, population)),
        List.of(),
        Map.of(),
        RateChoice.stated(percent),
        rounding);
  }

  private static long projected(NeedsForecast forecast) {
    return Projection.project(forecast).recipients(new BandService("80-w", "sabo"), 2030);
  }

  @Test
  void roundsHalfUpToWholePersonsByDefault() {
    // 250 × 1.0 % = 2.5 exactly.
    assertThat(projected(oneBand(250, "1.0", null))).isEqualTo(3);
  }

  @Test
  void roundsAsThePlanStates() {
    assertThat(projected(oneBand(250, "1.0", RoundingMode.HALF_EVEN))).isEqualTo(2);
    assertThat(projected(oneBand(250, "1.0", RoundingMode.DOWN))).isEqualTo(2);
  }

  @Test
  void roundsOnceAtTheEndNotOnTheWay() {
    // 12.38 % of 1 218 = 150.7884 exact; the result keeps it until the one rounding.
    var row = Projection.project(oneBand(1218, "12.38", null)).rows().get(0);
    assertThat(row.exact()).isEqualTo(Ratio.of(1507884, 10000));
    assertThat(row.recipients()).isEqualTo(151);
  }

  @Test
  void totalOfUnroundedPartsMayDifferFromSumOfRoundedParts() {
    // Smedjebacken, nursing home 2030: 2 259 × 35/2419 = 32.68 → 33 and 1 144 × 103/832 = 141.625
    // → 142 sum to 175; the unrounded parts sum to 174.31 → 174, the plan's "Totalt antal på säbo".
    var result = Projection.project(Smedjebacken.latest());
    assertThat(result.total(Service.NURSING_HOME, 2030)).isEqualTo(175);
    assertThat(result.totalOfUnrounded(Service.NURSING_HOME, 2030)).isEqualTo(174);
  }
}
