package se.styr.documents.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.styr.charts.ForecastChart;
import se.styr.forecast.ForecastSpec;
import se.styr.forecast.ForecastTable;
import se.styr.forecast.ForecastTables;
import se.styr.forecast.PlanForecast;
import se.styr.forecast.ScbPopulation;
import se.styr.forecast.ScenarioComparison;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStatistics;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The plan's needs forecasts as printed where the layout places them (part {@code forecasts}): each
 * under its title, its tables as Styr computes them from the plan's own tables, the chart of
 * recipients and, where places are reckoned, the chart of places.
 */
final class ForecastPrint {
  private static final Function<Text, String> WORDS = Text::swedish;

  private ForecastPrint() {}

  static boolean isEmpty(PlanDocument plan) {
    return plan.forecasts().isEmpty();
  }

  static void print(PlanDocument plan, ScbPopulation population, int level, Body body) {
    boolean titled = plan.forecasts().list().size() > 1;
    for (ForecastSpec spec : plan.forecasts().list()) {
      PlanForecast forecast;
      ScenarioComparison comparison;
      try {
        forecast = new PlanForecast(spec, PlanStatistics.of(plan), population);
        comparison = forecast.comparison();
      } catch (InvalidValueException | ArithmeticException e) {
        continue; // the plan rules name the problem; a document prints what can be computed
      }
      if (titled) {
        body.heading(level, spec.title(), "prognos-" + spec.key());
      }
      ForecastTables tables = new ForecastTables(forecast, comparison, WORDS);
      List<ForecastTable> printed = new ArrayList<>();
      printed.add(tables.population());
      printed.add(tables.recipients());
      if (!comparison.base().places().isEmpty()) {
        printed.add(tables.places());
      }
      if (!forecast.costs().isEmpty()) {
        printed.add(tables.costs());
      }
      if (!comparison.scenarios().isEmpty()) {
        printed.add(tables.scenarios());
      }
      for (ForecastTable table : printed) {
        body.table(table(table, body.anchor("prognos-" + spec.key())));
      }
      String chart = body.anchor("diagram-prognos-" + spec.key());
      body.figure(
          chart,
          ForecastChart.recipients(forecast.forecast(), comparison.base().result(), chart, WORDS));
      if (!comparison.base().places().isEmpty()) {
        String places = body.anchor("diagram-platser-" + spec.key());
        body.figure(
            places,
            ForecastChart.places(
                comparison.base().places(),
                ForecastTables.serviceName(forecast.forecast(), spec.places().service()),
                places,
                WORDS));
      }
    }
  }

  private static PrintedTable table(ForecastTable table, String anchor) {
    List<PrintedTable.Column> columns = new ArrayList<>();
    columns.add(new PrintedTable.Column(table.corner(), false));
    table.headers().forEach(h -> columns.add(new PrintedTable.Column(h, true)));
    List<PrintedTable.Row> rows = new ArrayList<>();
    for (ForecastTable.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      cells.addAll(row.values());
      rows.add(
          new PrintedTable.Row(
              cells, row.total() ? PrintedTable.RowKind.TOTAL : PrintedTable.RowKind.ITEM, 0));
    }
    return new PrintedTable(
        anchor, table.caption(), null, columns, rows, List.of(), columns.size() > 8);
  }
}
