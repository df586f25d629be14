package se.styr.forecast;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The needs forecast over single-year ages for many municipalities at once, in primitive arrays:
 * each cell's projected recipients are population × numerator / denominator of its exact rate,
 * rounded half up in long arithmetic ((2·p·n + d) / 2d), every product guarded against overflow.
 * The same figures {@link Projection} gives one age band at a time, for every municipality's every
 * age, sex, year and service in one pass.
 *
 * <p>Arrays are flat, the last index running fastest: population {@code [municipality][sex][age]
 * [year]}; rates {@code [municipality][sex][age][service]} (one rate per cell for every forecast
 * year, as the rate choice gave it); recipients {@code [municipality][sex][age][year][service]};
 * totals {@code [municipality][service][year]}, the sum of the rounded cells over ages and sexes.
 */
public final class SingleAgeProjection {
  private final int municipalities;
  private final int sexes;
  private final int ages;
  private final int years;
  private final int services;

  public SingleAgeProjection(int municipalities, int sexes, int ages, int years, int services) {
    if (municipalities < 1 || sexes < 1 || ages < 1 || years < 1 || services < 1) {
      throw new InvalidValueException(
          Text.of("forecast.engine.shape", municipalities, sexes, ages, years, services));
    }
    this.municipalities = municipalities;
    this.sexes = sexes;
    this.ages = ages;
    this.years = years;
    this.services = services;
    Math.multiplyExact(Math.multiplyExact(cells(), years), services);
  }

  private int cells() {
    return Math.multiplyExact(Math.multiplyExact(municipalities, sexes), ages);
  }

  public int populationLength() {
    return cells() * years;
  }

  public int rateLength() {
    return cells() * services;
  }

  public int recipientLength() {
    return cells() * years * services;
  }

  public int totalLength() {
    return municipalities * services * years;
  }

  /**
   * Fills {@code recipients} and {@code totals} (both overwritten) from the population and the
   * rates. Refuses arrays of the wrong length, a denominator that is not positive, a negative
   * numerator or population, naming the cell.
   */
  public void project(
      long[] population, long[] numerators, long[] denominators, int[] recipients, long[] totals) {
    length("population", population.length, populationLength());
    length("numerators", numerators.length, rateLength());
    length("denominators", denominators.length, rateLength());
    length("recipients", recipients.length, recipientLength());
    length("totals", totals.length, totalLength());
    for (int i = 0; i < numerators.length; i++) {
      if (numerators[i] < 0 || denominators[i] <= 0) {
        throw new InvalidValueException(
            Text.of("forecast.engine.rate", i, numerators[i], denominators[i]));
      }
    }
    java.util.Arrays.fill(totals, 0);
    int cell = 0;
    for (int m = 0; m < municipalities; m++) {
      int totalBase = m * services * years;
      for (int sa = 0; sa < sexes * ages; sa++, cell++) {
        int rateBase = cell * services;
        int popBase = cell * years;
        for (int k = 0; k < services; k++) {
          long n2 = Math.multiplyExact(numerators[rateBase + k], 2L);
          long d = denominators[rateBase + k];
          long d2 = Math.multiplyExact(d, 2L);
          int out = popBase * services + k;
          int total = totalBase + k * years;
          for (int y = 0; y < years; y++, out += services) {
            long p = population[popBase + y];
            if (p < 0) {
              throw new InvalidValueException(
                  Text.of("forecast.engine.population", popBase + y, p));
            }
            long r = Math.addExact(Math.multiplyExact(p, n2), d) / d2;
            recipients[out] = Math.toIntExact(r);
            totals[total + y] = Math.addExact(totals[total + y], r);
          }
        }
      }
    }
  }

  private static void length(String what, int actual, int expected) {
    if (actual != expected) {
      throw new InvalidValueException(Text.of("forecast.engine.length", what, actual, expected));
    }
  }
}
