package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.styr.shared.Text;

/**
 * The deviation of each operational area at a follow-up occasion (budget − full-year forecast) as
 * horizontal bars: a deficit extends left of the zero line, a surplus right. An area without a
 * forecast has no bar and a blank cell in the table, never zero.
 */
public final class DeviationChart {
  private DeviationChart() {}

  /** An area by name and its deviation in the report's unit, null where no forecast is given. */
  public record Area(String name, BigDecimal deviation) {
    public Area {
      Objects.requireNonNull(name, "area name");
    }
  }

  /** The chart in Swedish, for a printed report. */
  public static Chart of(List<Area> areas, String unit, String idPrefix) {
    return of(areas, unit, idPrefix, Text::swedish);
  }

  /** The chart with its words in a language, e.g. a page's visitor's. */
  public static Chart of(
      List<Area> areas, String unit, String idPrefix, Function<Text, String> words) {
    Svg.requireId(idPrefix);
    Objects.requireNonNull(unit, "unit");
    List<BarPlot.Group> groups = new ArrayList<>();
    List<ChartTable.Row> rows = new ArrayList<>();
    for (Area area : areas) {
      List<BigDecimal> figures = new ArrayList<>();
      figures.add(area.deviation());
      groups.add(new BarPlot.Group(area.name(), figures));
      rows.add(
          new ChartTable.Row(
              area.name(),
              List.of(area.deviation() == null ? "" : Texts.number(area.deviation()))));
    }
    String title = words.apply(Text.of("charts.deviation.title"));
    String column = words.apply(Text.of("charts.deviation.column"));
    String description = words.apply(description(areas, unit));
    String svg =
        BarPlot.draw(
            idPrefix,
            title,
            description,
            List.of(column),
            groups,
            unit,
            column + " (" + unit + ")",
            words.apply(Text.of("charts.deviation.nothing")));
    return new Chart(
        title,
        description,
        svg,
        new ChartTable(
            title + " (" + unit + ")",
            List.of(words.apply(Text.of("charts.area")), column),
            rows,
            List.of()));
  }

  /**
   * "5 verksamhetsområden, avvikelse budget − prognos i mkr: 2 med underskott, störst Hemtjänst
   * −5,0; 3 med överskott."
   */
  static Text description(List<Area> areas, String unit) {
    Text counted =
        Text.of(areas.size() == 1 ? "charts.describe.area" : "charts.describe.areas", areas.size());
    int deficits = 0;
    int surpluses = 0;
    Area largest = null;
    for (Area area : areas) {
      if (area.deviation() == null) {
        continue;
      }
      if (area.deviation().signum() < 0) {
        deficits++;
        if (largest == null || area.deviation().compareTo(largest.deviation()) < 0) {
          largest = area;
        }
      } else if (area.deviation().signum() > 0) {
        surpluses++;
      }
    }
    if (deficits == 0 && surpluses == 0 && areas.stream().allMatch(a -> a.deviation() == null)) {
      return Text.of("charts.deviation.describe.none", counted, unit);
    }
    if (largest == null) {
      return Text.of("charts.deviation.describe.noDeficit", counted, unit, surpluses);
    }
    return Text.of(
        "charts.deviation.describe",
        counted,
        unit,
        deficits,
        largest.name(),
        Texts.number(largest.deviation()),
        surpluses);
  }
}
