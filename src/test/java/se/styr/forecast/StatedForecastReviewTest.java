package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedForecastReviewTest {
  private static final int[] YEARS = {2023, 2024, 2025};

  @Test
  void reportsABlankStatedFigureAsNotStatedNeverAsZero() {
    var population = StatedSeries.of("t", "pop", YEARS, 1000L, 1000L, 1100L);
    var recipients = StatedSeries.of("t", "sabo", YEARS, 120L, 120L, null);
    var findings =
        new StatedForecastReview(List.of(2023), List.of(2024, 2025), RoundingMode.HALF_UP)
            .row(population, recipients, new BigDecimal("12.00"))
            .findings();
    // 2025: 1 100 × 12 % = 132; the plan's cell is blank, which is not 0.
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.year()).isEqualTo(2025);
              assertThat(f.stated()).isNull();
              assertThat(f.computed()).isEqualByComparingTo("132");
              assertThat(f.kind()).isEqualTo(DiscrepancyKind.NOT_STATED);
              assertThat(f.explanation().english())
                  .isEqualTo("the plan leaves the figure blank; Styr computes 132");
            });
  }

  @Test
  void reportsAFigureNoRateGivesAsUnexplained() {
    var population = StatedSeries.of("t", "pop", YEARS, 1000L, 1000L, 1100L);
    var recipients = StatedSeries.of("t", "sabo", YEARS, 120L, 120L, 140L);
    var findings =
        new StatedForecastReview(List.of(2023), List.of(2024, 2025), RoundingMode.HALF_UP)
            .row(population, recipients, new BigDecimal("12.00"))
            .findings();
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(DiscrepancyKind.UNEXPLAINED);
              assertThat(f.computed()).isEqualByComparingTo("132");
              assertThat(f.explanation().english())
                  .isEqualTo(
                      "neither the printed rate (1100 × 12.00 % = 132.00 → 132) nor any outcome"
                          + " year's unrounded rate that rounds to it gives 140; the plan's method"
                          + " cannot be known");
            });
  }

  @Test
  void findsNothingWhereEveryStatedFigureIsComputed() {
    var population = StatedSeries.of("t", "pop", YEARS, 1000L, 1000L, 1100L);
    var recipients = StatedSeries.of("t", "sabo", YEARS, 120L, 120L, 132L);
    assertThat(
            new StatedForecastReview(List.of(2023), List.of(2024, 2025), null)
                .row(population, recipients, new BigDecimal("12.00"))
                .findings())
        .isEmpty();
  }
}
