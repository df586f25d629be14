package se.styr.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
import org.openjdk.jmh.infra.Blackhole;
import se.styr.followup.AreaEconomy;
import se.styr.followup.BalanceMeasure;
import se.styr.followup.Coverage;
import se.styr.followup.DeviationThreshold;
import se.styr.followup.EconomyRules;
import se.styr.followup.Occasion;
import se.styr.followup.OccasionEconomy;
import se.styr.followup.Periodisation;
import se.styr.followup.ReportingOccasion;

/**
 * Issue 14 target (economy part): computing the economy of a follow-up occasion for 2 000 areas,
 * for each of the year's 12 monthly occasions (budget to date by profile or evenly, deviations in
 * kr and %, both projections, thresholds, gaps, totals). Indicators and internal control are not
 * yet part of the follow-up and so not of this benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class FollowUpBenchmark {
  private static final int AREAS = 2_000;

  private final List<Occasion> occasions = new ArrayList<>();
  private final List<List<AreaEconomy>> entries = new ArrayList<>();
  private EconomyRules rules;

  @Setup
  public void areas() {
    Random random = new Random(14);
    rules =
        new EconomyRules(
            EconomyRules.AmountSign.COSTS_POSITIVE,
            new DeviationThreshold(new BigDecimal("500"), new BigDecimal("2")),
            BigDecimal.valueOf(5));
    List<BigDecimal> summer = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
    summer.set(6, new BigDecimal("1.6"));
    Periodisation profile = new Periodisation.Profile(summer);
    for (int month = 1; month <= 12; month++) {
      LocalDate end = YearMonth.of(2025, month).atEndOfMonth();
      occasions.add(
          new Occasion(
              "m" + month,
              ReportingOccasion.MONTHLY,
              "Månadsrapport " + month,
              end,
              end.plusDays(10),
              Set.of(Coverage.ECONOMY),
              null));
      List<AreaEconomy> areas = new ArrayList<>(AREAS);
      for (int a = 0; a < AREAS; a++) {
        BigDecimal budget = BigDecimal.valueOf(10_000 + random.nextInt(90_000));
        BigDecimal share =
            BigDecimal.valueOf(month)
                .divide(BigDecimal.valueOf(12), 6, java.math.RoundingMode.HALF_UP);
        BigDecimal outcome =
            budget
                .multiply(share)
                .multiply(BigDecimal.valueOf(95 + random.nextInt(11)))
                .movePointLeft(2)
                .setScale(1, java.math.RoundingMode.HALF_UP);
        BigDecimal forecast = budget.add(BigDecimal.valueOf(random.nextInt(4_001) - 2_000));
        areas.add(
            new AreaEconomy(
                "a" + a,
                "Område " + a,
                budget,
                a % 2 == 0 ? profile : null,
                outcome,
                outcome
                    .multiply(new BigDecimal("0.97"))
                    .setScale(1, java.math.RoundingMode.HALF_UP),
                budget.multiply(new BigDecimal("0.98")),
                forecast,
                budget,
                a % 3 == 0 ? null : "Kommentar",
                a % 5 == 0
                    ? List.of(
                        new BalanceMeasure(
                            "Åtgärd",
                            new BigDecimal("300"),
                            "Chef",
                            null,
                            BalanceMeasure.Status.ONGOING))
                    : List.of()));
      }
      entries.add(areas);
    }
  }

  @Benchmark
  public void computeTwelveMonthlyOccasionsOf2000Areas(Blackhole hole) {
    for (int i = 0; i < occasions.size(); i++) {
      hole.consume(OccasionEconomy.compute(occasions.get(i), entries.get(i), rules));
    }
  }
}
