package se.styr.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/** The tables of one forecast, every figure in Swedish form, a figure not computed left blank. */
public final class ForecastTables {
  private final PlanForecast forecast;
  private final NeedsForecast needs;
  private final ScenarioComparison comparison;
  private final Function<Text, String> words;

  public ForecastTables(
      PlanForecast forecast, ScenarioComparison comparison, Function<Text, String> words) {
    this.forecast = forecast;
    this.needs = forecast.forecast();
    this.comparison = comparison;
    this.words = words;
  }

  private List<Integer> allYears() {
    List<Integer> years = new ArrayList<>(needs.outcomeYears());
    years.addAll(needs.forecastYears());
    return years;
  }

  private List<String> yearHeaders(List<Integer> years) {
    return years.stream()
        .map(
            y ->
                needs.outcomeYears().contains(y)
                    ? words.apply(Text.of("charts.forecast.outcomeYear", Integer.toString(y)))
                    : Integer.toString(y))
        .toList();
  }

  private static String number(long value) {
    return SwedishNumbers.format(BigDecimal.valueOf(value));
  }

  public ForecastTable population() {
    List<Integer> years = allYears();
    List<ForecastTable.Row> rows = new ArrayList<>();
    for (AgeBand band : needs.bands()) {
      List<String> values =
          years.stream().map(y -> number(needs.population(band.key(), y))).toList();
      rows.add(new ForecastTable.Row(band.key(), values, false));
    }
    return new ForecastTable(
        words.apply(Text.of("forecast.page.population")),
        words.apply(Text.of("forecast.page.band")),
        yearHeaders(years),
        rows);
  }

  public ForecastTable recipients() {
    List<Integer> years = allYears();
    ForecastResult result = comparison.base().result();
    List<ForecastTable.Row> rows = new ArrayList<>();
    for (Service service : needs.services()) {
      for (AgeBand band : needs.bands()) {
        BandService row = new BandService(band.key(), service.key());
        List<String> values = new ArrayList<>();
        String rate = "";
        for (int year : years) {
          ForecastRow figure = result.row(row, year).orElseThrow();
          values.add(number(figure.recipients()));
          if (!figure.outcome()) {
            rate = SwedishNumbers.format(figure.rate().percent(2)) + " %";
          }
        }
        rows.add(
            new ForecastTable.Row(
                words.apply(
                    Text.of("forecast.page.serviceInBand", service.name(), band.key(), rate)),
                values,
                false));
      }
      rows.add(
          new ForecastTable.Row(
              words.apply(Text.of("forecast.page.serviceTotal", service.name())),
              years.stream().map(y -> number(result.total(service.key(), y))).toList(),
              true));
    }
    return new ForecastTable(
        words.apply(Text.of("forecast.page.recipients")),
        words.apply(Text.of("forecast.page.service")),
        yearHeaders(years),
        rows);
  }

  public ForecastTable places() {
    List<PlaceBalance> balances = comparison.base().places();
    List<String> headers = balances.stream().map(b -> Integer.toString(b.year())).toList();
    List<ForecastTable.Row> rows = new ArrayList<>();
    rows.add(
        row(
            "forecast.page.residents",
            balances.stream().map(b -> number(b.residents())).toList(),
            false));
    rows.add(
        row(
            "forecast.page.queue",
            balances.stream().map(b -> b.queue() == null ? "" : number(b.queue())).toList(),
            false));
    rows.add(
        row(
            "forecast.page.needed",
            balances.stream().map(b -> number(b.needed())).toList(),
            false));
    rows.add(
        row(
            "forecast.page.existing",
            balances.stream().map(b -> number(b.existing())).toList(),
            false));
    rows.add(
        row(
            "forecast.page.shortage",
            balances.stream().map(b -> number(b.shortage())).toList(),
            true));
    String service = serviceName(needs, forecast.spec().places().service());
    return new ForecastTable(
        words.apply(Text.of("forecast.page.places", service, need())),
        words.apply(Text.of("forecast.page.what")),
        headers,
        rows);
  }

  private Text need() {
    var need = forecast.spec().places().need();
    return need instanceof PlaceNeed.Turnover t
        ? Text.of("forecast.page.byTurnover", SwedishNumbers.format(t.turnover()))
        : Text.of(
            "forecast.page.byFactor", SwedishNumbers.format(((PlaceNeed.Factor) need).factor()));
  }

  private ForecastTable.Row row(String key, List<String> values, boolean total) {
    return new ForecastTable.Row(words.apply(Text.of(key)), values, total);
  }

  public ForecastTable costs() {
    List<Integer> years = needs.forecastYears();
    ForecastCase base = comparison.base();
    List<ForecastTable.Row> rows = new ArrayList<>();
    for (CostPerRecipient cost : forecast.costs()) {
      rows.add(
          new ForecastTable.Row(
              words.apply(
                  Text.of(
                      "forecast.page.costRow",
                      serviceName(needs, cost.service()),
                      SwedishNumbers.format(BigDecimal.valueOf(cost.kronor())),
                      cost.budgetLine())),
              years.stream().map(y -> number(base.cost(cost.service(), y))).toList(),
              false));
    }
    return new ForecastTable(
        words.apply(Text.of("forecast.page.costs")),
        words.apply(Text.of("forecast.page.service")),
        yearHeaders(years),
        rows);
  }

  /** Base and scenarios side by side: each service's recipients, the shortage, each cost. */
  public ForecastTable scenarios() {
    List<Integer> years = needs.forecastYears();
    List<ForecastCase> cases = new ArrayList<>();
    cases.add(comparison.base());
    cases.addAll(comparison.scenarios());
    List<ForecastTable.Row> rows = new ArrayList<>();
    for (Service service : needs.services()) {
      for (ForecastCase c : cases) {
        rows.add(
            new ForecastTable.Row(
                words.apply(Text.of("forecast.page.caseRecipients", service.name(), name(c))),
                years.stream().map(y -> number(c.result().total(service.key(), y))).toList(),
                c == comparison.base()));
      }
    }
    if (!comparison.base().places().isEmpty()) {
      for (ForecastCase c : cases) {
        rows.add(
            new ForecastTable.Row(
                words.apply(Text.of("forecast.page.caseShortage", name(c))),
                years.stream().map(y -> number(c.place(y).shortage())).toList(),
                c == comparison.base()));
      }
    }
    for (CostPerRecipient cost : forecast.costs()) {
      for (ForecastCase c : cases) {
        rows.add(
            new ForecastTable.Row(
                words.apply(
                    Text.of("forecast.page.caseCost", serviceName(needs, cost.service()), name(c))),
                years.stream().map(y -> number(c.cost(cost.service(), y))).toList(),
                c == comparison.base()));
      }
    }
    return new ForecastTable(
        words.apply(Text.of("forecast.page.scenarios")),
        words.apply(Text.of("forecast.page.what")),
        yearHeaders(years),
        rows);
  }

  /** The name of the service of {@code key}, or the key if the forecast has no such service. */
  public static String serviceName(NeedsForecast needs, String key) {
    return needs.services().stream()
        .filter(s -> s.key().equals(key))
        .map(Service::name)
        .findFirst()
        .orElse(key);
  }

  private String name(ForecastCase c) {
    if (c == comparison.base()) {
      return words.apply(Text.of("forecast.page.base"));
    }
    return forecast.spec().scenarios().stream()
        .filter(s -> s.key().equals(c.key()))
        .map(s -> s.name())
        .findFirst()
        .orElse(c.key());
  }
}
