package se.styr.forecast;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** What a needs forecast's input must hold before anything is projected from it. */
final class ForecastInputRules {
  private ForecastInputRules() {}

  static void check(
      NeedsForecast forecast, List<PopulationFigure> population, List<RecipientFigure> recipients) {
    Set<String> bands = bands(forecast.bands());
    Set<String> services = new HashSet<>();
    for (Service service : forecast.services()) {
      if (!services.add(service.key())) {
        throw new InvalidValueException(Text.of("forecast.service.twice", service.key()));
      }
    }
    if (services.isEmpty()) {
      throw new InvalidValueException(Text.of("forecast.service.none"));
    }
    for (int year : forecast.outcomeYears()) {
      if (forecast.forecastYears().contains(year)) {
        throw new InvalidValueException(Text.of("forecast.years.both", year));
      }
    }
    Set<String> seen = new HashSet<>();
    for (PopulationFigure p : population) {
      known(bands, p.band());
      if (!seen.add(p.band() + "@" + p.year())) {
        throw new InvalidValueException(Text.of("forecast.population.twice", p.band(), p.year()));
      }
      if (p.persons() == 0 && forecast.outcomeYears().contains(p.year())) {
        throw new InvalidValueException(Text.of("forecast.population.zero", p.band(), p.year()));
      }
    }
    for (AgeBand band : forecast.bands()) {
      for (int year : allYears(forecast)) {
        if (!seen.contains(band.key() + "@" + year)) {
          throw new InvalidValueException(Text.of("forecast.population.missing", band.key(), year));
        }
      }
    }
    Set<String> counted = new HashSet<>();
    for (RecipientFigure r : recipients) {
      known(bands, r.band());
      if (!services.contains(r.service())) {
        throw new InvalidValueException(Text.of("forecast.service.unknown", r.service()));
      }
      if (!forecast.outcomeYears().contains(r.year())) {
        throw new InvalidValueException(
            Text.of("forecast.recipients.notOutcome", r.service(), r.band(), r.year()));
      }
      if (!counted.add(r.band() + "/" + r.service() + "@" + r.year())) {
        throw new InvalidValueException(
            Text.of("forecast.recipients.twice", r.service(), r.band(), r.year()));
      }
    }
    for (BandService row : forecast.rows()) {
      for (int year : forecast.outcomeYears()) {
        if (!counted.contains(row.band() + "/" + row.service() + "@" + year)) {
          throw new InvalidValueException(
              Text.of("forecast.recipients.missing", row.service(), row.band(), year));
        }
      }
    }
    for (BandService row : forecast.choices().keySet()) {
      known(bands, row.band());
      if (!services.contains(row.service())) {
        throw new InvalidValueException(Text.of("forecast.service.unknown", row.service()));
      }
    }
  }

  private static Set<String> bands(List<AgeBand> list) {
    if (list.isEmpty()) {
      throw new InvalidValueException(Text.of("forecast.band.none"));
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      AgeBand band = list.get(i);
      if (!keys.add(band.key())) {
        throw new InvalidValueException(Text.of("forecast.band.twice", band.key()));
      }
      for (int j = 0; j < i; j++) {
        if (list.get(j).overlaps(band)) {
          throw new InvalidValueException(
              Text.of("forecast.band.overlap", list.get(j).key(), band.key()));
        }
      }
    }
    return keys;
  }

  private static void known(Set<String> bands, String band) {
    if (!bands.contains(band)) {
      throw new InvalidValueException(Text.of("forecast.band.unknown", band));
    }
  }

  private static List<Integer> allYears(NeedsForecast forecast) {
    List<Integer> years = new java.util.ArrayList<>(forecast.outcomeYears());
    years.addAll(forecast.forecastYears());
    return years;
  }
}
