package se.styr.forecast;

import java.util.List;

/** The base and the scenarios beside it; each difference is scenario − base. */
public record ScenarioComparison(ForecastCase base, List<ForecastCase> scenarios) {
  public ScenarioComparison {
    scenarios = List.copyOf(scenarios);
  }

  public ForecastCase scenario(String key) {
    return scenarios.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  public long recipientsAgainstBase(String scenario, String service, int year) {
    return Math.subtractExact(
        scenario(scenario).result().total(service, year), base.result().total(service, year));
  }

  public long shortageAgainstBase(String scenario, int year) {
    return Math.subtractExact(
        scenario(scenario).place(year).shortage(), base.place(year).shortage());
  }

  public long costAgainstBase(String scenario, String service, int year) {
    return Math.subtractExact(scenario(scenario).cost(service, year), base.cost(service, year));
  }
}
