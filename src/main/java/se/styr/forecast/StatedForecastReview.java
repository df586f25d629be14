package se.styr.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.styr.shared.Text;

/**
 * A plan's stated forecast table recomputed from its own population and printed rates, reporting
 * every stated figure that differs from the computation (or is blank where Styr computes one) and
 * what explains it. A band's row is computed as population × the printed rate, rounded once; a
 * figure that differs is tried against the unrounded outcome rates that print as the printed rate,
 * latest first. A total is computed as the sum of its stated parts; one that differs is tried
 * against the rounded sum of the unrounded parts (each part's value from the rate that gave it).
 * Feed the rows first, then the totals over them.
 */
public final class StatedForecastReview {
  private static final int SHOWN = 2;
  private final List<Integer> outcomeYears;
  private final List<Integer> forecastYears;
  private final RoundingMode rounding;
  private final List<ForecastDiscrepancy> findings = new ArrayList<>();
  private final Map<StatedSeries, Map<Integer, Ratio>> unrounded = new HashMap<>();
  private final Map<StatedSeries, StatedSeries> populations = new HashMap<>();

  public StatedForecastReview(
      List<Integer> outcomeYears, List<Integer> forecastYears, RoundingMode rounding) {
    this.outcomeYears = Years.chosen(outcomeYears);
    this.forecastYears = Years.chosen(forecastYears);
    this.rounding = rounding == null ? RoundingMode.HALF_UP : rounding;
  }

  public List<ForecastDiscrepancy> findings() {
    return List.copyOf(findings);
  }

  /** One band's row of one service: its recipients against its population × {@code printed} %. */
  public StatedForecastReview row(
      StatedSeries population, StatedSeries recipients, BigDecimal printed) {
    Objects.requireNonNull(printed, "printed");
    Map<Integer, Ratio> values = unrounded.computeIfAbsent(recipients, r -> new HashMap<>());
    List<Integer> candidates = new ArrayList<>();
    for (int year : outcomeYears) {
      Long count = recipients.value(year);
      Long persons = population.value(year);
      if (count != null) {
        values.put(year, Ratio.of(count));
      }
      if (count != null && persons != null && persons > 0) {
        if (Ratio.of(count, persons)
                .percent(printed.scale(), RoundingMode.HALF_UP)
                .compareTo(printed)
            == 0) {
          candidates.add(0, year);
        }
      }
    }
    rate(population, recipients, printed, candidates);
    CoverageRate rate = CoverageRate.percent(printed);
    for (int year : forecastYears) {
      Long persons = population.value(year);
      if (persons == null) {
        continue;
      }
      Ratio exact = rate.recipients(persons);
      values.put(year, exact);
      long computed = exact.round(rounding);
      Long stated = recipients.value(year);
      if (stated == null) {
        findings.add(
            ForecastDiscrepancy.of(
                recipients,
                year,
                null,
                computed,
                DiscrepancyKind.NOT_STATED,
                Text.of("forecast.review.notStated", computed)));
      } else if (stated != computed) {
        explainRow(recipients, year, persons, printed, exact, stated, candidates, values);
      }
    }
    return this;
  }

  private void explainRow(
      StatedSeries recipients,
      int year,
      long persons,
      BigDecimal printed,
      Ratio exact,
      long stated,
      List<Integer> candidates,
      Map<Integer, Ratio> values) {
    long computed = exact.round(rounding);
    Text printedGives =
        Text.of("forecast.review.printedGives", persons, printed, shown(exact), computed);
    for (int outcome : candidates) {
      CoverageRate unroundedRate = outcomeRate(recipients, outcome);
      Ratio other = unroundedRate.recipients(persons);
      if (other.round(rounding) == stated) {
        values.put(year, other);
        findings.add(
            ForecastDiscrepancy.of(
                recipients,
                year,
                stated,
                computed,
                DiscrepancyKind.EXPLAINED_BY_UNROUNDED_RATE,
                Text.of(
                    "forecast.review.unroundedRate",
                    printedGives,
                    outcome,
                    unroundedRate.share(),
                    unroundedRate.percent(4),
                    shown(other),
                    stated)));
        return;
      }
    }
    findings.add(
        ForecastDiscrepancy.of(
            recipients,
            year,
            stated,
            computed,
            DiscrepancyKind.UNEXPLAINED,
            Text.of("forecast.review.unexplainedRow", printedGives, stated)));
  }

  private CoverageRate outcomeRate(StatedSeries recipients, int year) {
    return CoverageRate.of(recipients.value(year), populationOf(recipients, year));
  }

  private long populationOf(StatedSeries recipients, int year) {
    return populations.get(recipients).value(year);
  }

  private void rate(
      StatedSeries population,
      StatedSeries recipients,
      BigDecimal printed,
      List<Integer> candidates) {
    populations.put(recipients, population);
    if (!candidates.isEmpty()) {
      return;
    }
    List<Object> ratios = new ArrayList<>();
    BigDecimal latest = null;
    for (int year : outcomeYears) {
      Long count = recipients.value(year);
      Long persons = population.value(year);
      if (count != null && persons != null && persons > 0) {
        latest = CoverageRate.of(count, persons).percent(printed.scale());
        ratios.add(year + ": " + latest.toPlainString() + " %");
      }
    }
    findings.add(
        new ForecastDiscrepancy(
            recipients.table(),
            recipients.row(),
            null,
            printed,
            latest,
            DiscrepancyKind.RATE_FROM_NO_OUTCOME_YEAR,
            Text.of("forecast.review.rateFromNoYear", printed, Text.join(", ", ratios))));
  }

  /** A total row against the sum of its stated parts, in every outcome and forecast year. */
  public StatedForecastReview total(StatedSeries total, List<StatedSeries> parts) {
    List<Integer> years = new ArrayList<>(outcomeYears);
    years.addAll(forecastYears);
    for (int year : years) {
      Long computed = null;
      Ratio exact = Ratio.ZERO;
      for (StatedSeries part : parts) {
        Long value = part.value(year);
        if (value != null) {
          computed = computed == null ? value : Math.addExact(computed, value);
        }
        Ratio partExact = unrounded.getOrDefault(part, Map.of()).get(year);
        exact = exact == null || partExact == null ? null : exact.plus(partExact);
      }
      Long stated = total.value(year);
      if (computed == null || (stated != null && stated.longValue() == computed)) {
        continue;
      }
      if (stated == null) {
        findings.add(
            ForecastDiscrepancy.of(
                total,
                year,
                null,
                computed,
                DiscrepancyKind.NOT_STATED,
                Text.of("forecast.review.notStated", computed)));
      } else if (exact != null && exact.round(rounding) == stated) {
        findings.add(
            ForecastDiscrepancy.of(
                total,
                year,
                stated,
                computed,
                DiscrepancyKind.EXPLAINED_BY_ROUNDING_OF_SUM,
                Text.of("forecast.review.roundingOfSum", computed, shown(exact), stated)));
      } else {
        findings.add(
            ForecastDiscrepancy.of(
                total,
                year,
                stated,
                computed,
                DiscrepancyKind.UNEXPLAINED,
                Text.of(
                    "forecast.review.unexplainedTotal",
                    computed,
                    exact == null ? "–" : shown(exact),
                    stated)));
      }
    }
    return this;
  }

  private static BigDecimal shown(Ratio exact) {
    return exact.decimal(SHOWN, RoundingMode.HALF_UP);
  }
}
