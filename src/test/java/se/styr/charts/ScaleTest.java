package se.styr.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

  private static List<BigDecimal> numbers(String values) {
    return Stream.of(values.split(" ")).map(BigDecimal::new).toList();
  }

  @ParameterizedTest(name = "{0} → {1} to {2} by {3}")
  @CsvSource({
    "58 61.5 64 90, 50, 90, 10",
    "-3.5 1.40 0.5 -0.5, -4, 2, 1",
    "1192207 1325246, 1150000, 1350000, 50000",
    "82, 70, 95, 5",
    "0, -1, 1, 0.5",
    "0.013 0.018, 0.013, 0.018, 0.001",
  })
  void ticksAreRoundAndCoverEveryValue(String values, String low, String high, String step) {
    Scale scale = Scale.covering(numbers(values), false, null, null);

    assertThat(scale.low).isEqualByComparingTo(low);
    assertThat(scale.high).isEqualByComparingTo(high);
    assertThat(scale.ticks.get(1).subtract(scale.ticks.get(0))).isEqualByComparingTo(step);
    assertThat(numbers(values)).allMatch(scale::contains);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"100", "0", "99.5"})
  void paddingOfASinglePercentStaysWithinZeroAndHundred(String value) {
    Scale scale = Scale.covering(numbers(value), false, BigDecimal.ZERO, BigDecimal.valueOf(100));

    assertThat(scale.low).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    assertThat(scale.high).isLessThanOrEqualTo(BigDecimal.valueOf(100));
    assertThat(scale.contains(new BigDecimal(value))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2 4", "0 1", "3"})
  void countsGetWholeTicksFromZero(String values) {
    Scale scale = Scale.covering(numbers(values), true, null, null, true);

    assertThat(scale.low).isZero();
    assertThat(scale.ticks).allMatch(t -> t.stripTrailingZeros().scale() <= 0);
  }
}
