package se.styr.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** How the rate of a band and service for the forecast years is chosen. */
public sealed interface RateChoice {
  /** The rate this choice gives {@code row} from the outcome years of {@code forecast}. */
  CoverageRate rate(NeedsForecast forecast, BandService row);

  /** The latest outcome year's rate, exact. */
  record Latest() implements RateChoice {
    @Override
    public CoverageRate rate(NeedsForecast forecast, BandService row) {
      List<Integer> years = forecast.outcomeYears();
      if (years.isEmpty()) {
        throw new InvalidValueException(
            Text.of("forecast.rate.noOutcome", row.service(), row.band()));
      }
      return forecast.outcomeRate(row, years.get(years.size() - 1));
    }
  }

  /**
   * The mean of the chosen years' rates, each year weighing the same however many persons it
   * counted.
   */
  record AverageOfRates(List<Integer> years) implements RateChoice {
    public AverageOfRates {
      years = Years.chosen(years);
    }

    @Override
    public CoverageRate rate(NeedsForecast forecast, BandService row) {
      Ratio sum = Ratio.ZERO;
      for (int year : years) {
        sum = sum.plus(forecast.outcomeRate(row, year).share());
      }
      return new CoverageRate(sum.dividedBy(Ratio.of(years.size())));
    }
  }

  /**
   * The chosen years pooled: all their recipients over all their population, so a year with more
   * persons weighs more.
   */
  record PooledRatio(List<Integer> years) implements RateChoice {
    public PooledRatio {
      years = Years.chosen(years);
    }

    @Override
    public CoverageRate rate(NeedsForecast forecast, BandService row) {
      long recipients = 0;
      long population = 0;
      for (int year : years) {
        forecast.outcomeRate(row, year);
        recipients = Math.addExact(recipients, forecast.recipients(row, year));
        population = Math.addExact(population, forecast.population(row.band(), year));
      }
      return CoverageRate.of(recipients, population);
    }
  }

  /** A rate the plan states as a percentage (4.46 for 4.46 %), whatever the outcome years say. */
  record Stated(BigDecimal percent) implements RateChoice {
    public Stated {
      Objects.requireNonNull(percent, "percent");
      if (percent.signum() < 0) {
        throw new InvalidValueException(Text.of("forecast.rate.negative", percent.toPlainString()));
      }
    }

    @Override
    public CoverageRate rate(NeedsForecast forecast, BandService row) {
      return CoverageRate.percent(percent);
    }
  }

  /**
   * Another choice's rate moved by a scenario: first by a percent of itself, then by percentage
   * points; a rate moved below zero is refused, naming the scenario.
   */
  record Adjusted(RateChoice base, Ratio percent, Ratio points, String scenario)
      implements RateChoice {
    public Adjusted {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(percent, "percent");
      Objects.requireNonNull(points, "points");
    }

    @Override
    public CoverageRate rate(NeedsForecast forecast, BandService row) {
      Ratio share = base.rate(forecast, row).share();
      share = share.times(Ratio.ONE.plus(Ratio.percent(percent)));
      share = share.plus(Ratio.percent(points));
      if (share.signum() < 0) {
        throw new InvalidValueException(
            Text.of("forecast.scenario.rateBelowZero", scenario, row.service(), row.band()));
      }
      return new CoverageRate(share);
    }
  }

  static RateChoice latest() {
    return new Latest();
  }

  static RateChoice stated(String percent) {
    return new Stated(new BigDecimal(percent));
  }
}
