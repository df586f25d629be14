package se.styr.forecast;

import java.util.List;
import java.util.TreeSet;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** Lists of years as the forecast takes them: some, each once, in order. */
final class Years {
  private Years() {}

  static List<Integer> chosen(List<Integer> years) {
    if (years == null || years.isEmpty()) {
      throw new InvalidValueException(Text.of("forecast.years.none"));
    }
    TreeSet<Integer> distinct = new TreeSet<>(years);
    if (distinct.size() != years.size()) {
      throw new InvalidValueException(Text.of("forecast.years.twice", years));
    }
    return List.copyOf(distinct);
  }
}
