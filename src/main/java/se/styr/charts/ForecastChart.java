package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.styr.forecast.AgeBand;
import se.styr.forecast.ForecastResult;
import se.styr.forecast.NeedsForecast;
import se.styr.forecast.PlaceBalance;
import se.styr.forecast.Service;
import se.styr.shared.Text;

/**
 * A needs forecast in bars, one group per year (outcome years marked): the population of each age
 * band, the recipients of each service, and the places needed against the places there are. Each
 * chart carries its numbers as a table; at most six series are drawn, the rest stand in the table
 * only.
 */
public final class ForecastChart {
  private ForecastChart() {}

  public static Chart population(
      NeedsForecast forecast, String idPrefix, Function<Text, String> words) {
    return chart(
        idPrefix,
        words.apply(Text.of("charts.forecast.population")),
        words.apply(describe(forecast, "charts.forecast.populationDescribe")),
        forecast.bands().stream().map(AgeBand::key).toList(),
        byYear(
            forecast,
            forecast.bands(),
            (band, year) -> forecast.population(band.key(), year),
            words),
        words);
  }

  public static Chart recipients(
      NeedsForecast forecast,
      ForecastResult result,
      String idPrefix,
      Function<Text, String> words) {
    return chart(
        idPrefix,
        words.apply(Text.of("charts.forecast.recipients")),
        words.apply(describe(forecast, "charts.forecast.recipientsDescribe")),
        forecast.services().stream().map(Service::name).toList(),
        byYear(
            forecast,
            forecast.services(),
            (service, year) -> result.total(service.key(), year),
            words),
        words);
  }

  /** One group of bars a year of the forecast, a bar for each of {@code series}. */
  private static <T> List<BarPlot.Group> byYear(
      NeedsForecast forecast,
      List<T> series,
      java.util.function.BiFunction<T, Integer, Long> figure,
      Function<Text, String> words) {
    List<BarPlot.Group> groups = new ArrayList<>();
    for (int year : years(forecast)) {
      List<BigDecimal> figures = new ArrayList<>();
      for (T item : series) {
        figures.add(BigDecimal.valueOf(figure.apply(item, year)));
      }
      groups.add(new BarPlot.Group(label(forecast, year, words), figures));
    }
    return groups;
  }

  /** The places {@code service} needs each forecast year against those there are. */
  public static Chart places(
      List<PlaceBalance> balances, String service, String idPrefix, Function<Text, String> words) {
    List<BarPlot.Group> groups = new ArrayList<>();
    PlaceBalance worst = null;
    for (PlaceBalance balance : balances) {
      groups.add(
          new BarPlot.Group(
              Integer.toString(balance.year()),
              List.of(
                  BigDecimal.valueOf(balance.needed()), BigDecimal.valueOf(balance.existing()))));
      if (worst == null || balance.shortage() < worst.shortage()) {
        worst = balance;
      }
    }
    Text description =
        worst == null || worst.shortage() >= 0
            ? Text.of("charts.forecast.placesEnough", service)
            : Text.of("charts.forecast.placesDescribe", service, -worst.shortage(), worst.year());
    return chart(
        idPrefix,
        words.apply(Text.of("charts.forecast.places", service)),
        words.apply(description),
        List.of(
            words.apply(Text.of("charts.forecast.needed")),
            words.apply(Text.of("charts.forecast.existing"))),
        groups,
        words);
  }

  private static Chart chart(
      String idPrefix,
      String title,
      String description,
      List<String> names,
      List<BarPlot.Group> groups,
      Function<Text, String> words) {
    Svg.requireId(idPrefix);
    int drawn = Math.min(names.size(), OperatingBudgetChart.MAX_SERIES);
    List<BarPlot.Group> drawnGroups =
        groups.stream()
            .map(g -> new BarPlot.Group(g.label(), g.figures().subList(0, drawn)))
            .toList();
    String unit = words.apply(Text.of("charts.unit.COUNT"));
    String svg =
        BarPlot.draw(
            idPrefix,
            title,
            description,
            names.subList(0, drawn),
            drawnGroups,
            unit,
            words.apply(Text.of("charts.forecast.persons")),
            words.apply(Text.of("charts.nothing")));
    List<String> headers = new ArrayList<>();
    headers.add(words.apply(Text.of("charts.year")));
    headers.addAll(names);
    List<ChartTable.Row> rows = new ArrayList<>();
    for (BarPlot.Group group : groups) {
      rows.add(
          new ChartTable.Row(group.label(), group.figures().stream().map(Texts::number).toList()));
    }
    List<String> notes =
        drawn < names.size()
            ? List.of(
                words.apply(
                    Text.of(
                        "charts.forecast.notDrawn",
                        String.join(", ", names.subList(drawn, names.size())))))
            : List.of();
    return new Chart(title, description, svg, new ChartTable(title, headers, rows, notes));
  }

  private static List<Integer> years(NeedsForecast forecast) {
    List<Integer> years = new ArrayList<>(forecast.outcomeYears());
    years.addAll(forecast.forecastYears());
    return years;
  }

  private static String label(NeedsForecast forecast, int year, Function<Text, String> words) {
    return forecast.outcomeYears().contains(year)
        ? words.apply(Text.of("charts.forecast.outcomeYear", Integer.toString(year)))
        : Integer.toString(year);
  }

  private static Text describe(NeedsForecast forecast, String key) {
    List<Integer> years = years(forecast);
    String span = Texts.years(years.get(0), years.get(years.size() - 1));
    if (forecast.outcomeYears().isEmpty()) {
      return Text.of(key + "Forecast", span);
    }
    int lastOutcome = forecast.outcomeYears().get(forecast.outcomeYears().size() - 1);
    return Text.of(key, span, Integer.toString(lastOutcome));
  }
}
