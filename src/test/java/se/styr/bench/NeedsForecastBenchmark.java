package se.styr.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.styr.forecast.SingleAgeProjection;

/**
 * Target (issue 17): the needs forecast of all 290 municipalities × 101 single-year ages × 2 sexes
 * × 50 years × 3 services (8.8 million projected figures) in under 200 ms. Populations are drawn
 * between 0 and 3 000 persons per age and sex, rates as exact fractions of recipients over an
 * outcome year's population (numerators 0 to 1 500 over denominators 1 to 3 000); fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NeedsForecastBenchmark {
  static final int MUNICIPALITIES = 290;
  static final int SEXES = 2;
  static final int AGES = 101;
  static final int YEARS = 50;
  static final int SERVICES = 3;

  SingleAgeProjection engine;
  long[] population;
  long[] numerators;
  long[] denominators;
  int[] recipients;
  long[] totals;

  @Setup
  public void generate() {
    engine = new SingleAgeProjection(MUNICIPALITIES, SEXES, AGES, YEARS, SERVICES);
    SplittableRandom random = new SplittableRandom(17);
    population = new long[engine.populationLength()];
    for (int i = 0; i < population.length; i++) {
      population[i] = random.nextLong(3_001);
    }
    numerators = new long[engine.rateLength()];
    denominators = new long[engine.rateLength()];
    for (int i = 0; i < numerators.length; i++) {
      denominators[i] = 1 + random.nextLong(3_000);
      numerators[i] = random.nextLong(Math.min(1_500, denominators[i]) + 1);
    }
    recipients = new int[engine.recipientLength()];
    totals = new long[engine.totalLength()];
  }

  @Benchmark
  public long[] projectEveryMunicipality() {
    engine.project(population, numerators, denominators, recipients, totals);
    return totals;
  }
}
