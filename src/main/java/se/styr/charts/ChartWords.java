package se.styr.charts;

import java.util.function.Function;
import se.styr.shared.Text;

/**
 * The words of a chart in one language: a page's in its visitor's (put into words through the
 * pages' message bundles), a printed plan's in Swedish. Numbers stay in Swedish form in both, as
 * the tables beside the charts write them.
 */
final class ChartWords {
  static final ChartWords SWEDISH = new ChartWords(Text::swedish);
  private final Function<Text, String> words;

  ChartWords(Function<Text, String> words) {
    this.words = words;
  }

  String of(Text text) {
    return words.apply(text);
  }

  /** Yes or no, as a value, a target or a tick says it. */
  String answer(boolean yes) {
    return of(Text.of(yes ? "charts.yes" : "charts.no"));
  }

  /** A period as a reader says it: 2024, augusti 2024, tertial 1 2024, halvår 2 2024. */
  String period(String period) {
    if (period.length() == 4) {
      return period;
    }
    String year = period.substring(0, 4);
    String part = period.substring(5);
    if (part.startsWith("T")) {
      return of(Text.of("charts.period.tertial", part.substring(1), year));
    }
    if (part.startsWith("H")) {
      return of(Text.of("charts.period.half", part.substring(1), year));
    }
    return of(
        Text.of("charts.period.month", Text.of("charts.month." + Integer.parseInt(part)), year));
  }
}
