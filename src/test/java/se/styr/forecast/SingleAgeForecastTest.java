package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

class SingleAgeForecastTest {
  @Test
  void roundsHalfUpInLongArithmetic() {
    var engine = new SingleAgeProjection(1, 1, 1, 3, 1);
    long[] population = {250, 2364, 2242};
    int[] recipients = new int[3];
    long[] totals = new long[3];
    // 1/100: 2.5 → 3, 23.64 → 24, 22.42 → 22; then 108/2419: 2 364 × 108/2419 = 105.54 → 106.
    engine.project(population, new long[] {1}, new long[] {100}, recipients, totals);
    assertThat(recipients).containsExactly(3, 24, 22);
    engine.project(population, new long[] {108}, new long[] {2419}, recipients, totals);
    assertThat(recipients[1]).isEqualTo(106);
    assertThat(totals).containsExactly(recipients[0], recipients[1], recipients[2]);
  }

  @Test
  void givesTheExactFractionRoundedHalfUpForEverySingleAge() {
    int ages = 101;
    int years = 4;
    SplittableRandom random = new SplittableRandom(3);
    var engine = new SingleAgeProjection(1, 1, ages, years, 1);
    long[] population = new long[ages * years];
    long[] numerators = new long[ages];
    long[] denominators = new long[ages];
    for (int a = 0; a < ages; a++) {
      denominators[a] = 1 + random.nextLong(3000);
      numerators[a] = random.nextLong(denominators[a] + 1);
      for (int y = 0; y < years; y++) {
        population[a * years + y] = random.nextLong(5000);
      }
    }
    int[] recipients = new int[ages * years];
    long[] totals = new long[years];
    engine.project(population, numerators, denominators, recipients, totals);
    for (int a = 0; a < ages; a++) {
      for (int y = 0; y < years; y++) {
        long expected =
            Ratio.of(numerators[a], denominators[a])
                .times(population[a * years + y])
                .round(RoundingMode.HALF_UP);
        assertThat(recipients[a * years + y]).isEqualTo((int) expected);
      }
    }
  }

  @Test
  void refusesOverflowAndNegativePopulationNamingTheCell() {
    var engine = new SingleAgeProjection(1, 1, 2, 1, 1);
    assertThatThrownBy(
            () ->
                engine.project(
                    new long[] {1, Long.MAX_VALUE / 2},
                    new long[] {1, 3},
                    new long[] {2, 4},
                    new int[2],
                    new long[1]))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(
            () ->
                engine.project(
                    new long[] {1, -4},
                    new long[] {1, 3},
                    new long[] {2, 4},
                    new int[2],
                    new long[1]))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getMessage()).isEqualTo("the population of cell 1 is negative (-4)"));
  }

  @Test
  void refusesArraysOfTheWrongLength() {
    var engine = new SingleAgeProjection(2, 2, 101, 50, 3);
    assertThatThrownBy(
            () ->
                engine.project(
                    new long[10],
                    new long[engine.rateLength()],
                    new long[engine.rateLength()],
                    new int[engine.recipientLength()],
                    new long[engine.totalLength()]))
        .hasMessage("the array population holds 10 values, not 20200");
  }
}
