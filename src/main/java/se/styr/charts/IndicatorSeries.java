package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import se.styr.goals.Baseline;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.Quantity;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;
import se.styr.shared.Text;

/**
 * What an indicator chart plots, per year: the year's value (the whole-year value, else the year's
 * last reading), the baseline, and each target that has a number (a comparison, a band, yes or no).
 */
final class IndicatorSeries {
  /** One plotted number; {@code text} is how a label prints it. */
  record Point(int year, BigDecimal value, String text) {}

  /** A range from low to high: a band target, or a value printed as "10-15". */
  record Span(int year, BigDecimal low, BigDecimal high, String text) {}

  /** The value chosen for a year, and the period it was measured. */
  record Measured(int year, IndicatorValue value) {}

  final Indicator indicator;

  /** The words the chart's labels, table and description are written in. */
  final ChartWords words;

  final List<Measured> measured = new ArrayList<>();
  final List<List<Point>> valueRuns = new ArrayList<>();
  final List<Span> valueRanges = new ArrayList<>();
  final List<Point> targetPoints = new ArrayList<>();
  final List<Span> targetBands = new ArrayList<>();
  Point baselinePoint;
  Span baselineRange;
  Integer baselineYear;
  boolean baselineYearAssumed;

  private IndicatorSeries(Indicator indicator, ChartWords words) {
    this.indicator = indicator;
    this.words = words;
  }

  static IndicatorSeries of(Indicator indicator) {
    return of(indicator, ChartWords.SWEDISH);
  }

  static IndicatorSeries of(Indicator indicator, ChartWords words) {
    IndicatorSeries series = new IndicatorSeries(indicator, words);
    series.collectValues();
    series.collectTargets();
    series.collectBaseline();
    return series;
  }

  private void collectValues() {
    TreeSet<Integer> years = new TreeSet<>();
    indicator.values().forEach(v -> years.add(Integer.parseInt(v.period().substring(0, 4))));
    List<Point> run = new ArrayList<>();
    for (int year : years) {
      IndicatorValue value = indicator.valueFor(year).orElseThrow();
      measured.add(new Measured(year, value));
      Quantity quantity = value.value();
      if (quantity instanceof Quantity.Range range) {
        valueRanges.add(new Span(year, range.low(), range.high(), text(quantity)));
      } else if (quantity != null) {
        run.add(new Point(year, number(quantity), text(quantity)));
        continue;
      }
      run = closeRun(run);
    }
    closeRun(run);
  }

  private List<Point> closeRun(List<Point> run) {
    if (!run.isEmpty()) {
      valueRuns.add(List.copyOf(run));
    }
    return new ArrayList<>();
  }

  private void collectTargets() {
    for (TargetSpec spec : indicator.targets()) {
      if (spec.target() == null) {
        continue;
      }
      for (int year : spec.years()) {
        for (Target part : spec.target().parts()) {
          if (part instanceof Target.Compare compare) {
            targetPoints.add(
                new Point(year, compare.value(), Targets.compare(compare, indicator.unit())));
          } else if (part instanceof Target.Band band) {
            targetBands.add(
                new Span(
                    year,
                    band.centre().subtract(band.tolerance()),
                    band.centre().add(band.tolerance()),
                    Targets.band(band, indicator.unit())));
          } else if (part instanceof Target.Answer answer
              && indicator.unit() == IndicatorUnit.YES_NO) {
            targetPoints.add(
                new Point(
                    year,
                    answer.yes() ? BigDecimal.ONE : BigDecimal.ZERO,
                    words.answer(answer.yes())));
          }
        }
      }
    }
    targetPoints.sort(Comparator.comparingInt(Point::year).thenComparing(Point::value));
    targetBands.sort(Comparator.comparingInt(Span::year).thenComparing(Span::low));
  }

  /**
   * A baseline without a period is placed the year before the first target (or value): where a
   * target starts.
   */
  private void collectBaseline() {
    Baseline baseline = indicator.baseline();
    if (baseline == null || baseline.value() == null) {
      return;
    }
    if (baseline.period() != null) {
      baselineYear = Integer.parseInt(baseline.period().substring(0, 4));
    } else {
      baselineYearAssumed = true;
      baselineYear =
          indicator.targets().stream()
              .flatMap(t -> t.years().stream())
              .min(Integer::compare)
              .or(() -> measured.stream().map(Measured::year).min(Integer::compare))
              .map(year -> year - 1)
              .orElse(null);
      if (baselineYear == null) {
        return;
      }
    }
    Quantity quantity = baseline.value();
    if (quantity instanceof Quantity.Range range) {
      baselineRange = new Span(baselineYear, range.low(), range.high(), text(quantity));
    } else {
      baselinePoint = new Point(baselineYear, number(quantity), text(quantity));
    }
  }

  boolean hasValues() {
    return !valueRuns.isEmpty() || !valueRanges.isEmpty();
  }

  boolean hasTargetLine() {
    return !targetPoints.isEmpty();
  }

  boolean hasBaseline() {
    return baselinePoint != null || baselineRange != null;
  }

  boolean isEmpty() {
    return !hasValues() && targetPoints.isEmpty() && targetBands.isEmpty() && !hasBaseline();
  }

  /** Every year on the axis: measured, targeted (with a number or not), and the baseline's. */
  TreeSet<Integer> years() {
    TreeSet<Integer> years = new TreeSet<>();
    measured.forEach(m -> years.add(m.year()));
    indicator.targets().forEach(t -> years.addAll(t.years()));
    if (hasBaseline()) {
      years.add(baselineYear);
    }
    return years;
  }

  /** Every plotted number, so that the axis covers them all. */
  List<BigDecimal> numbers() {
    List<BigDecimal> numbers = new ArrayList<>();
    valueRuns.forEach(run -> run.forEach(p -> numbers.add(p.value())));
    valueRanges.forEach(s -> numbers.addAll(List.of(s.low(), s.high())));
    targetPoints.forEach(p -> numbers.add(p.value()));
    targetBands.forEach(s -> numbers.addAll(List.of(s.low(), s.high())));
    if (baselinePoint != null) {
      numbers.add(baselinePoint.value());
    }
    if (baselineRange != null) {
      numbers.addAll(List.of(baselineRange.low(), baselineRange.high()));
    }
    for (Measured m : measured) {
      if (m.value().value() instanceof Quantity.Share share) {
        numbers.add(BigDecimal.valueOf(share.of()));
      }
    }
    return numbers;
  }

  /** The number a value is plotted at: the amount, 1 for yes and 0 for no, the count of a set. */
  static BigDecimal number(Quantity quantity) {
    if (quantity instanceof Quantity.Amount amount) {
      return amount.value();
    }
    if (quantity instanceof Quantity.Answer answer) {
      return answer.yes() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (quantity instanceof Quantity.Share share) {
      return BigDecimal.valueOf(share.count());
    }
    throw new IllegalArgumentException("a range has no single number: " + quantity.text());
  }

  /** A value as the table and labels print it, without unit: 61,5; Ja; 3 av 5; 10–15. */
  String text(Quantity quantity) {
    if (quantity instanceof Quantity.Amount amount) {
      return Texts.number(amount.value());
    }
    if (quantity instanceof Quantity.Answer answer) {
      return words.answer(answer.yes());
    }
    if (quantity instanceof Quantity.Share share) {
      return words.of(Text.of("goals.share", share.count(), share.of()));
    }
    Quantity.Range range = (Quantity.Range) quantity;
    return Texts.number(range.low()) + "\u2013" + Texts.number(range.high());
  }
}
