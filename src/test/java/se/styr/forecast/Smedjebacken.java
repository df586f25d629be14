package se.styr.forecast;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Smedjebacken's demographic needs forecast as the seed plan states it
 * (seeds/smedjebacken-omsorgsnamnden-budget-2025-plan-2026-2029.txt, lines 94-105; the same in
 * demo/smedjebacken-omsorgsnamnden-2025.yaml, table befolkning): two bands, two services, outcome
 * years 2020-2023 and forecast years 2024, 2025, 2030, 2035, 2040.
 */
final class Smedjebacken {
  static final int[] YEARS = {2020, 2021, 2022, 2023, 2024, 2025, 2030, 2035, 2040};
  static final List<Integer> OUTCOME = List.of(2020, 2021, 2022, 2023);
  static final List<Integer> FORECAST = List.of(2024, 2025, 2030, 2035, 2040);
  static final long[] POP_65_79 = {2398, 2419, 2432, 2419, 2364, 2308, 2259, 2242, 2181};
  static final long[] HOME_CARE_65_79 = {76, 112, 116, 108, 106, 103, 101, 100, 97};
  static final long[] NURSING_65_79 = {34, 34, 38, 35, 34, 33, 33, 32, 32};
  static final long[] POP_80 = {726, 739, 786, 832, 899, 968, 1144, 1204, 1218};
  static final long[] HOME_CARE_80 = {194, 164, 180, 228, 201, 217, 256, 270, 273};
  static final long[] NURSING_80 = {102, 95, 92, 103, 111, 120, 142, 149, 151};

  static final BandService HOME_CARE_YOUNGER = new BandService("65-79", Service.HOME_CARE);
  static final BandService NURSING_YOUNGER = new BandService("65-79", Service.NURSING_HOME);
  static final BandService HOME_CARE_OLDER = new BandService("80-w", Service.HOME_CARE);
  static final BandService NURSING_OLDER = new BandService("80-w", Service.NURSING_HOME);

  private Smedjebacken() {}

  /** The forecast's input from the stated outcome years and population, rates chosen as given. */
  static NeedsForecast forecast(Map<BandService, RateChoice> choices, RateChoice otherwise) {
    List<PopulationFigure> population = new ArrayList<>();
    List<RecipientFigure> recipients = new ArrayList<>();
    for (int i = 0; i < YEARS.length; i++) {
      population.add(new PopulationFigure("65-79", YEARS[i], POP_65_79[i]));
      population.add(new PopulationFigure("80-w", YEARS[i], POP_80[i]));
      if (i < OUTCOME.size()) {
        recipients.add(
            new RecipientFigure("65-79", Service.HOME_CARE, YEARS[i], HOME_CARE_65_79[i]));
        recipients.add(
            new RecipientFigure("65-79", Service.NURSING_HOME, YEARS[i], NURSING_65_79[i]));
        recipients.add(new RecipientFigure("80-w", Service.HOME_CARE, YEARS[i], HOME_CARE_80[i]));
        recipients.add(new RecipientFigure("80-w", Service.NURSING_HOME, YEARS[i], NURSING_80[i]));
      }
    }
    return new NeedsForecast(
        List.of(AgeBand.between("65-79", 65, 79), AgeBand.andOver("80-w", 80)),
        List.of(
            new Service(Service.HOME_CARE, "Hemtjänst"), new Service(Service.NURSING_HOME, "Säbo")),
        OUTCOME,
        FORECAST,
        population,
        recipients,
        choices,
        otherwise,
        RoundingMode.HALF_UP);
  }

  static NeedsForecast latest() {
    return forecast(Map.of(), RateChoice.latest());
  }

  static StatedSeries series(String table, String row, long[] figures) {
    Long[] boxed = new Long[figures.length];
    for (int i = 0; i < figures.length; i++) {
      boxed[i] = figures[i];
    }
    return StatedSeries.of(table, row, YEARS, boxed);
  }
}
