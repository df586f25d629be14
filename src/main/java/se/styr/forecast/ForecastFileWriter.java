package se.styr.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.snakeyaml.engine.v2.nodes.Node;
import se.styr.forecast.ForecastSpec.BandRate;
import se.styr.forecast.ForecastSpec.BandSource;
import se.styr.forecast.ForecastSpec.PlacesSource;
import se.styr.forecast.ForecastSpec.ServiceSource;
import se.styr.forecast.ForecastSpec.StatedPlacesRows;
import se.styr.shared.yaml.YamlNodes;
import se.styr.shared.yaml.YamlNodes.Fields;

/**
 * Writes the forecasts section in canonical form: fixed field order, a band, a band's rate, a
 * planned opening and a scenario's change on one line each, defaults (rounding half up, the latest
 * year's rate) left out. {@link ForecastFile} reads back what it writes.
 */
final class ForecastFileWriter {
  private ForecastFileWriter() {}

  static void write(Forecasts forecasts, Fields root) {
    root.put(ForecastFile.FIELD, YamlNodes.list(forecasts.list(), ForecastFileWriter::forecast));
  }

  private static Node forecast(ForecastSpec spec) {
    return Fields.block()
        .text("key", spec.key())
        .text("title", spec.title())
        .text(
            "rounding",
            spec.rounding() == RoundingMode.HALF_UP ? null : spec.rounding().name().toLowerCase())
        .put("bands", YamlNodes.list(spec.bands(), ForecastFileWriter::band))
        .put("services", YamlNodes.list(spec.services(), ForecastFileWriter::service))
        .put("places", spec.places() == null ? null : places(spec.places()))
        .put("scenarios", YamlNodes.list(spec.scenarios(), ForecastFileWriter::scenario))
        .node();
  }

  private static Node band(BandSource band) {
    return Fields.flow()
        .text("key", band.band().key())
        .number("from", band.band().from())
        .number("to", band.band().to())
        .text("population", band.scb() ? ForecastFile.SCB : band.population().toString())
        .node();
  }

  private static Node service(ServiceSource service) {
    return Fields.block()
        .text("key", service.service().key())
        .text("name", service.service().name())
        .text("total", service.total() == null ? null : service.total().toString())
        .put("cost", cost(service))
        .put("bands", YamlNodes.list(service.bands(), ForecastFileWriter::bandRate))
        .node();
  }

  private static Node cost(ServiceSource service) {
    if (service.fromBudget() != null) {
      return Fields.flow()
          .number("fromBudget", service.fromBudget().year())
          .text("budgetRow", service.fromBudget().budgetRow().toString())
          .node();
    }
    return service.cost() == null
        ? null
        : Fields.flow()
            .number("kronor", service.cost().kronor())
            .text("budgetRow", service.cost().budgetLine())
            .node();
  }

  private static Node bandRate(BandRate rate) {
    return Fields.flow()
        .text("band", rate.band())
        .text("recipients", rate.recipients().toString())
        .put("rate", rate(rate.rate()))
        .node();
  }

  /** A rate choice as the file states it; null for the latest year's rate, the default. */
  private static Node rate(RateChoice choice) {
    if (choice instanceof RateChoice.Stated s) {
      return Fields.flow().number("stated", s.percent()).node();
    }
    if (choice instanceof RateChoice.AverageOfRates a) {
      return Fields.flow().put("average", YamlNodes.years(a.years())).node();
    }
    if (choice instanceof RateChoice.PooledRatio p) {
      return Fields.flow().put("pooled", YamlNodes.years(p.years())).node();
    }
    return null;
  }

  private static Node places(PlacesSource places) {
    return Fields.block()
        .text("service", places.service())
        .number("existing", places.existing())
        .put(
            "planned",
            YamlNodes.list(
                places.planned(),
                p ->
                    Fields.flow().number("from", p.fromYear()).number("places", p.places()).node()))
        .put("need", need(places.need()))
        .text("queue", places.queue() == null ? null : places.queue().toString())
        .put("stated", places.stated() == null ? null : stated(places.stated()))
        .node();
  }

  private static Node need(PlaceNeed need) {
    return need instanceof PlaceNeed.Turnover t
        ? Fields.flow().number("turnover", t.turnover()).node()
        : Fields.flow().number("factor", ((PlaceNeed.Factor) need).factor()).node();
  }

  private static Node stated(StatedPlacesRows stated) {
    return Fields.block()
        .text("table", stated.table())
        .put(
            "residents",
            stated.residents().isEmpty()
                ? null
                : YamlNodes.flowList(stated.residents().stream().map(YamlNodes::text).toList()))
        .text("total", stated.total())
        .text("needed", stated.needed())
        .text("existing", stated.existing())
        .text("shortage", stated.shortage())
        .put("alsoTry", YamlNodes.list(stated.alsoTry(), ForecastFileWriter::need))
        .node();
  }

  private static Node scenario(Scenario scenario) {
    return Fields.block()
        .text("key", scenario.key())
        .text("name", scenario.name())
        .put("changes", YamlNodes.list(scenario.changes(), ForecastFileWriter::change))
        .node();
  }

  private static Node change(ScenarioChange change) {
    if (change instanceof ScenarioChange.NewPlaces n) {
      return Fields.flow().number("places", n.places()).number("from", n.year()).node();
    }
    if (change instanceof ScenarioChange.RatePoints p) {
      return rateChange(p.service(), p.band(), "points", p.points());
    }
    if (change instanceof ScenarioChange.RatePercent p) {
      return rateChange(p.service(), p.band(), "percent", p.percent());
    }
    ScenarioChange.OtherChoice c = (ScenarioChange.OtherChoice) change;
    Node rate = rate(c.choice());
    return Fields.flow()
        .text("service", c.service())
        .text("band", c.band())
        .put("rate", rate == null ? YamlNodes.text("latest") : rate)
        .node();
  }

  private static Node rateChange(String service, String band, String field, BigDecimal value) {
    return Fields.flow().text("service", service).text("band", band).number(field, value).node();
  }
}
