package se.styr.forecast;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import se.styr.shared.Text;

/**
 * A plan's stated table of nursing home places checked year by year: residents against the forecast
 * table they repeat, the total against residents + queue, the places needed against the stated
 * method of need applied to the stated total (other methods tried when it differs), the shortage
 * against existing − needed.
 */
public final class StatedPlacesReview {
  private StatedPlacesReview() {}

  public static List<ForecastDiscrepancy> review(StatedPlaces table, RoundingMode rounding) {
    List<ForecastDiscrepancy> findings = new ArrayList<>();
    for (int year : table.years()) {
      residents(table, year, findings);
      Long total = total(table, year, findings);
      needed(table, year, total, rounding, findings);
      shortage(table, year, findings);
    }
    return findings;
  }

  private static void residents(StatedPlaces table, int year, List<ForecastDiscrepancy> findings) {
    Long queue = table.queue().value(year);
    for (int i = 0; i < table.residents().size(); i++) {
      StatedSeries row = table.residents().get(i);
      StatedSeries source = table.residentSources().get(i);
      Long stated = row.value(year);
      Long other = source.value(year);
      if (stated == null || other == null || stated.equals(other)) {
        continue;
      }
      long difference = Math.subtractExact(other, stated);
      Text why =
          queue != null && difference == queue
              ? Text.of(
                  "forecast.review.otherTableQueue",
                  source.table(),
                  source.row(),
                  other,
                  difference)
              : Text.of(
                  "forecast.review.otherTable", source.table(), source.row(), other, difference);
      findings.add(
          ForecastDiscrepancy.of(row, year, stated, other, DiscrepancyKind.UNEXPLAINED, why));
    }
  }

  private static Long total(StatedPlaces table, int year, List<ForecastDiscrepancy> findings) {
    Long residents = null;
    for (StatedSeries row : table.residents()) {
      Long value = row.value(year);
      if (value != null) {
        residents = residents == null ? value : Math.addExact(residents, value);
      }
    }
    Long stated = table.total().value(year);
    if (residents == null) {
      return stated;
    }
    Long queue = table.queue().value(year);
    long computed = queue == null ? residents : Math.addExact(residents, queue);
    if (stated == null) {
      findings.add(
          ForecastDiscrepancy.of(
              table.total(),
              year,
              null,
              computed,
              DiscrepancyKind.NOT_STATED,
              Text.of("forecast.review.notStated", computed)));
      return computed;
    }
    if (stated != computed) {
      findings.add(
          ForecastDiscrepancy.of(
              table.total(),
              year,
              stated,
              computed,
              DiscrepancyKind.UNEXPLAINED,
              Text.of("forecast.review.placesTotal", computed, residents, stated)));
    }
    return stated;
  }

  private static void needed(
      StatedPlaces table,
      int year,
      Long total,
      RoundingMode rounding,
      List<ForecastDiscrepancy> findings) {
    if (total == null) {
      return;
    }
    long computed = table.statedNeed().needed(total, rounding);
    Long stated = table.needed().value(year);
    Text method = describe(table.statedNeed(), total, rounding);
    if (stated == null) {
      findings.add(
          ForecastDiscrepancy.of(
              table.needed(),
              year,
              null,
              computed,
              DiscrepancyKind.NOT_STATED,
              Text.of("forecast.review.notStatedBy", computed, method)));
      return;
    }
    if (stated == computed) {
      return;
    }
    for (PlaceNeed other : table.otherNeeds()) {
      if (other.needed(total, rounding) == stated) {
        findings.add(
            ForecastDiscrepancy.of(
                table.needed(),
                year,
                stated,
                computed,
                DiscrepancyKind.EXPLAINED_BY_UNSTATED_FACTOR,
                Text.of(
                    "forecast.review.unstatedFactor", method, describe(other, total, rounding))));
        return;
      }
    }
    List<Object> tried = new ArrayList<>();
    for (PlaceNeed other : table.otherNeeds()) {
      tried.add(describe(other, total, rounding));
    }
    findings.add(
        ForecastDiscrepancy.of(
            table.needed(),
            year,
            stated,
            computed,
            DiscrepancyKind.UNEXPLAINED,
            Text.of("forecast.review.unexplainedNeed", method, Text.join("; ", tried), stated)));
  }

  private static void shortage(StatedPlaces table, int year, List<ForecastDiscrepancy> findings) {
    Long existing = table.existing().value(year);
    Long needed = table.needed().value(year);
    if (existing == null || needed == null) {
      return;
    }
    long computed = Math.subtractExact(existing, needed);
    Long stated = table.shortage().value(year);
    if (stated == null) {
      findings.add(
          ForecastDiscrepancy.of(
              table.shortage(),
              year,
              null,
              computed,
              DiscrepancyKind.NOT_STATED,
              Text.of("forecast.review.notStated", computed)));
    } else if (stated != computed) {
      findings.add(
          ForecastDiscrepancy.of(
              table.shortage(),
              year,
              stated,
              computed,
              DiscrepancyKind.UNEXPLAINED,
              Text.of("forecast.review.shortage", existing, needed, computed, stated)));
    }
  }

  /** "151 ÷ 1.34 = 112.69 → 113": the method applied to the persons, in words. */
  private static Text describe(PlaceNeed need, long persons, RoundingMode rounding) {
    if (need instanceof PlaceNeed.Turnover t) {
      Ratio exact = Ratio.of(persons).dividedBy(Ratio.of(t.turnover()));
      return Text.of(
          "forecast.review.byTurnover",
          persons,
          t.turnover(),
          exact.decimal(2, RoundingMode.HALF_UP),
          need.needed(persons, rounding));
    }
    PlaceNeed.Factor f = (PlaceNeed.Factor) need;
    Ratio exact = Ratio.of(f.factor()).times(persons);
    return Text.of(
        "forecast.review.byFactor",
        persons,
        f.factor(),
        exact.decimal(2, RoundingMode.HALF_UP),
        need.needed(persons, rounding));
  }
}
