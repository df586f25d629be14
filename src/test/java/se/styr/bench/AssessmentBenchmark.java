package se.styr.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import se.styr.goals.Activity;
import se.styr.goals.Assessment;
import se.styr.goals.AssessmentRule;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.Assessor;
import se.styr.goals.Baseline;
import se.styr.goals.GapPolicy;
import se.styr.goals.Goal;
import se.styr.goals.GoalChain;
import se.styr.goals.GoalLevel;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.LevelKind;
import se.styr.goals.Quantity;
import se.styr.goals.Result;
import se.styr.goals.RuleBand;
import se.styr.goals.RuleKind;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;
import se.styr.shared.Status;

/**
 * Target: assessing a synthetic hierarchy of 10 000 goals (100 goal areas, 900 council goals, 9 000
 * committee goals) with 50 000 indicators and 5 years of values takes under 100 ms. Södertälje's
 * rules: indicators score by improvement on their baseline (activities behind every tenth), goals
 * by the banded mean of their parts; the targets mix directions, comparisons, bands and falling
 * trends, and one value in twenty is missing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AssessmentBenchmark {
  static final int AREAS = 100;
  static final int COUNCIL_GOALS = 900;
  static final int COMMITTEE_GOALS = 9_000;
  static final int INDICATORS = 50_000;
  static final int YEARS = 5;
  static final int YEAR = 2025;

  GoalChain chain;

  @Setup
  public void buildChain() {
    chain = chain();
  }

  public static GoalChain chain() {
    List<RuleBand> bands =
        List.of(
            new RuleBand(new BigDecimal("0.00"), new BigDecimal("0.49"), Result.NOT_MET, null),
            new RuleBand(new BigDecimal("0.50"), new BigDecimal("0.69"), Result.PARTLY_MET, null),
            new RuleBand(new BigDecimal("0.70"), new BigDecimal("1.00"), Result.MET, null));
    List<AssessmentRule> rules =
        List.of(
            new AssessmentRule("indikator", RuleKind.IMPROVEMENT, null, null, List.of()),
            new AssessmentRule("medel", RuleKind.MEAN, 2, GapPolicy.UNASSESSED, bands));
    List<GoalLevel> levels =
        List.of(
            new GoalLevel("omrade", "Målområde", LevelKind.GOAL_AREA, "medel"),
            new GoalLevel("kf", "KF-mål", LevelKind.COUNCIL_GOAL, "medel"),
            new GoalLevel("nm", "Nämndmål", LevelKind.COMMITTEE_GOAL, "medel"));
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < AREAS; i++) {
      goals.add(goal("o" + i, "omrade", null));
    }
    for (int i = 0; i < COUNCIL_GOALS; i++) {
      goals.add(goal("k" + i, "kf", "o" + (i % AREAS)));
    }
    for (int i = 0; i < COMMITTEE_GOALS; i++) {
      goals.add(goal("n" + i, "nm", "k" + (i % COUNCIL_GOALS)));
    }
    String[] targets = {
      "increase",
      ">= 60",
      "decrease_or_maintain",
      "50 +- 5",
      "falling from 2021",
      "increase_or_maintain"
    };
    List<Indicator> indicators = new ArrayList<>();
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < INDICATORS; i++) {
      List<IndicatorValue> values = new ArrayList<>();
      for (int y = 0; y < YEARS; y++) {
        int year = YEAR - YEARS + 1 + y;
        boolean missing = (i + y) % 20 == 0 && year == YEAR;
        values.add(
            new IndicatorValue(
                Integer.toString(year),
                null,
                missing
                    ? null
                    : new Quantity.Amount(BigDecimal.valueOf(40 + (i * 7 + y * 3) % 40, 1)),
                missing,
                null,
                null));
      }
      Target target = Target.parse(targets[i % targets.length]);
      indicators.add(
          new Indicator(
              "i" + i,
              "n" + (i % COMMITTEE_GOALS),
              "Indikator " + i,
              IndicatorUnit.PERCENT,
              null,
              null,
              null,
              new Baseline(
                  null, new Quantity.Amount(BigDecimal.valueOf(50 + i % 10)), "2021", false),
              List.of(new TargetSpec(List.of(2023, 2024, 2025), null, target)),
              values,
              null,
              List.of(),
              null,
              null));
      if (i % 10 == 0) {
        activities.add(
            new Activity(
                "a" + i, null, "i" + i, "Aktivitet " + i, null, null, null, Status.ONGOING));
      }
    }
    return new GoalChain(
        levels,
        goals,
        indicators,
        activities,
        new AssessmentSettings("indikator", rules, List.of()),
        List.of());
  }

  private static Goal goal(String key, String level, String parent) {
    return new Goal(
        key,
        level,
        parent,
        null,
        "Mål " + key,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        null);
  }

  @Benchmark
  public List<Assessment> assessEveryGoal() {
    return Assessor.assessGoals(chain, "0181", YEAR);
  }
}
