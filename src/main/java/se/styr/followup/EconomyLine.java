package se.styr.followup;

import java.math.BigDecimal;

/**
 * One area's (or the total's) economy at an occasion as reports print it: Budget helår, Budget ack,
 * Utfall ack, Utfall ack föregående år, Prognos helår, Avvikelse (kr and %), the previous
 * occasion's forecast and the change since, the projections a forecaster is shown beside their
 * forecast, and what is still missing. Each figure is null where a part is not given.
 */
public record EconomyLine(
    String area,
    String name,
    BigDecimal budget,
    BigDecimal budgetToDate,
    BigDecimal outcomeToDate,
    BigDecimal outcomeToDateLastYear,
    BigDecimal forecast,
    BigDecimal deviation,
    BigDecimal deviationPercent,
    BigDecimal previousForecast,
    BigDecimal forecastChange,
    BigDecimal linearProjection,
    BigDecimal profileProjection,
    boolean forecastFar,
    boolean commentRequired,
    String comment,
    boolean measuresRequired,
    BigDecimal measuresAmount,
    int measures) {

  /** The same figures under another key and name: a subtotal's, a total's. */
  public EconomyLine named(String newArea, String newName) {
    return new EconomyLine(
        newArea,
        newName,
        budget,
        budgetToDate,
        outcomeToDate,
        outcomeToDateLastYear,
        forecast,
        deviation,
        deviationPercent,
        previousForecast,
        forecastChange,
        linearProjection,
        profileProjection,
        forecastFar,
        commentRequired,
        comment,
        measuresRequired,
        measuresAmount,
        measures);
  }

  /** Whether the deviation needs a comment nobody has written yet. */
  public boolean commentMissing() {
    return commentRequired && comment == null;
  }

  /** Whether a deficit beyond the threshold has no measure to restore balance. */
  public boolean measuresMissing() {
    return measuresRequired && measures == 0;
  }
}
