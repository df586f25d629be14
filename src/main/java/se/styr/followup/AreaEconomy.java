package se.styr.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One operational area's economy at a follow-up occasion, as the plan and the people responsible
 * give it: the full-year budget (from the decided plan with the year's adjustments), how it is
 * periodised, the outcome to date and the same period last year, last year's full-year outcome, the
 * full-year forecast, the previous occasion's forecast, a comment and the measures to restore
 * balance. A figure nobody has given is null: blank, never zero. Amounts are kept without trailing
 * zeros.
 */
public record AreaEconomy(
    String area,
    String name,
    BigDecimal budget,
    Periodisation periodisation,
    BigDecimal outcomeToDate,
    BigDecimal outcomeToDateLastYear,
    BigDecimal outcomeLastYear,
    BigDecimal forecast,
    BigDecimal previousForecast,
    String comment,
    List<BalanceMeasure> measures,
    GrossEconomy gross) {

  /** An area without gross figures. */
  public AreaEconomy(
      String area,
      String name,
      BigDecimal budget,
      Periodisation periodisation,
      BigDecimal outcomeToDate,
      BigDecimal outcomeToDateLastYear,
      BigDecimal outcomeLastYear,
      BigDecimal forecast,
      BigDecimal previousForecast,
      String comment,
      List<BalanceMeasure> measures) {
    this(
        area,
        name,
        budget,
        periodisation,
        outcomeToDate,
        outcomeToDateLastYear,
        outcomeLastYear,
        forecast,
        previousForecast,
        comment,
        measures,
        null);
  }

  public AreaEconomy {
    Objects.requireNonNull(area, "area");
    name = name == null ? area : name;
    periodisation = periodisation == null ? Periodisation.LINEAR : periodisation;
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    budget = Amounts.plain(budget);
    outcomeToDate = Amounts.plain(outcomeToDate);
    outcomeToDateLastYear = Amounts.plain(outcomeToDateLastYear);
    outcomeLastYear = Amounts.plain(outcomeLastYear);
    forecast = Amounts.plain(forecast);
    previousForecast = Amounts.plain(previousForecast);
    measures = measures == null ? List.of() : List.copyOf(measures);
    gross = gross == null ? GrossEconomy.NONE : gross;
  }

  /** The same entry with another full-year budget (the plan's with the year's changes). */
  public AreaEconomy withBudget(BigDecimal newBudget) {
    return new AreaEconomy(
        area,
        name,
        newBudget,
        periodisation,
        outcomeToDate,
        outcomeToDateLastYear,
        outcomeLastYear,
        forecast,
        previousForecast,
        comment,
        measures,
        gross);
  }

  /** The same entry with other gross figures. */
  public AreaEconomy withGross(GrossEconomy newGross) {
    return new AreaEconomy(
        area,
        name,
        budget,
        periodisation,
        outcomeToDate,
        outcomeToDateLastYear,
        outcomeLastYear,
        forecast,
        previousForecast,
        comment,
        measures,
        newGross);
  }

  /** An area with its budget and nothing reported yet. */
  public static AreaEconomy budgeted(String area, String name, BigDecimal budget) {
    return new AreaEconomy(area, name, budget, null, null, null, null, null, null, null, null);
  }

  public AreaEconomy withOutcome(BigDecimal toDate, BigDecimal toDateLastYear) {
    return new AreaEconomy(
        area,
        name,
        budget,
        periodisation,
        toDate,
        toDateLastYear,
        outcomeLastYear,
        forecast,
        previousForecast,
        comment,
        measures,
        gross);
  }

  public AreaEconomy withForecast(BigDecimal forecast, String comment) {
    return new AreaEconomy(
        area,
        name,
        budget,
        periodisation,
        outcomeToDate,
        outcomeToDateLastYear,
        outcomeLastYear,
        forecast,
        previousForecast,
        comment,
        measures,
        gross);
  }
}
