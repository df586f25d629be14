package se.styr.forecast;

import java.util.List;
import java.util.Optional;

/** The needs forecasts of a plan, in the plan file's order; most plans have none. */
public record Forecasts(List<ForecastSpec> list) {
  public static final Forecasts NONE = new Forecasts(List.of());

  public Forecasts {
    list = List.copyOf(list);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public Optional<ForecastSpec> find(String key) {
    return list.stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
