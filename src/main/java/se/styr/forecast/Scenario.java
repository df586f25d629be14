package se.styr.forecast;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** A named set of changes computed beside the base: rates moved or chosen otherwise, new places. */
public record Scenario(String key, String name, List<ScenarioChange> changes) {
  public Scenario {
    Keys.require(key, "forecast.what.scenario");
    changes = List.copyOf(changes);
  }

  /** The base forecast with this scenario's rate changes applied, row by row, in order. */
  NeedsForecast applyTo(NeedsForecast base) {
    Map<BandService, RateChoice> choices = new HashMap<>();
    for (ScenarioChange change : changes) {
      if (change instanceof ScenarioChange.RatePoints p) {
        adjust(base, choices, p.band(), p.service(), null, p.points());
      } else if (change instanceof ScenarioChange.RatePercent p) {
        adjust(base, choices, p.band(), p.service(), p.percent(), null);
      } else if (change instanceof ScenarioChange.OtherChoice c) {
        for (BandService row : rows(base, c.band(), c.service())) {
          choices.put(row, c.choice());
        }
      }
    }
    return choices.isEmpty() ? base : base.withChoices(choices);
  }

  /** The base capacity with this scenario's new places. */
  PlaceCapacity applyTo(PlaceCapacity base) {
    PlaceCapacity capacity = base;
    for (ScenarioChange change : changes) {
      if (change instanceof ScenarioChange.NewPlaces n) {
        capacity = capacity.plus(n.year(), n.places());
      }
    }
    return capacity;
  }

  private void adjust(
      NeedsForecast base,
      Map<BandService, RateChoice> choices,
      String band,
      String service,
      BigDecimal percent,
      BigDecimal points) {
    for (BandService row : rows(base, band, service)) {
      RateChoice current = choices.getOrDefault(row, base.choice(row));
      choices.put(
          row,
          new RateChoice.Adjusted(
              current,
              percent == null ? Ratio.ZERO : Ratio.of(percent),
              points == null ? Ratio.ZERO : Ratio.of(points),
              key));
    }
  }

  private static List<BandService> rows(NeedsForecast base, String band, String service) {
    List<BandService> rows =
        base.rows().stream()
            .filter(r -> r.service().equals(service) && (band == null || r.band().equals(band)))
            .toList();
    if (rows.isEmpty()) {
      throw new InvalidValueException(
          Text.of("forecast.scenario.noRow", service, band == null ? "*" : band));
    }
    return rows;
  }
}
