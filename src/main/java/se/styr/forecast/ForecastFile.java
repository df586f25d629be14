package se.styr.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.styr.forecast.ForecastSpec.BandRate;
import se.styr.forecast.ForecastSpec.BandSource;
import se.styr.forecast.ForecastSpec.PlacesSource;
import se.styr.forecast.ForecastSpec.ServiceSource;
import se.styr.forecast.ForecastSpec.StatedPlacesRows;
import se.styr.shared.Text;
import se.styr.shared.yaml.Where;
import se.styr.shared.yaml.YamlMap;
import se.styr.shared.yaml.YamlMap.Keyed;
import se.styr.shared.yaml.YamlNodes.Fields;
import se.styr.shared.yaml.YamlNumbers;
import se.styr.shared.yaml.YamlReading;

/**
 * The forecasts section of a plan file (docs/plan-format.md): how it is read, every bad field a
 * problem at its line naming the forecast and the field; written back by {@link
 * ForecastFileWriter}. The plan file's envelope delegates the field here.
 */
public final class ForecastFile {
  public static final String FIELD = "forecasts";

  /** A band's population written {@code population: scb}: SCB's, stored for the municipality. */
  static final String SCB = "scb";

  static final Text FORECAST = Text.of("forecast.file.forecast");
  private final YamlReading reading;

  private ForecastFile(YamlReading reading) {
    this.reading = reading;
  }

  /** Reads the section from a plan file's root mapping; every problem goes to {@code reading}. */
  public static Forecasts read(YamlMap file, YamlReading reading) {
    ForecastFile reader = new ForecastFile(reading);
    List<ForecastSpec> forecasts = new ArrayList<>();
    for (Keyed item :
        file.keyed(
            FIELD,
            FORECAST,
            Set.of("key", "title", "rounding", "bands", "services", "places", "scenarios"))) {
      ForecastSpec spec = reader.forecast(item);
      if (spec != null) {
        forecasts.add(spec);
      }
    }
    return new Forecasts(forecasts);
  }

  /** Writes the section's field into a plan file's root mapping, left out when empty. */
  public static void write(Forecasts forecasts, Fields root) {
    ForecastFileWriter.write(forecasts, root);
  }

  /** A forecast, or null if any of its fields had a problem (no rule is checked on half of one). */
  private ForecastSpec forecast(Keyed item) {
    int before = reading.problems().count();
    ForecastSpec spec = read(item);
    return reading.problems().count() == before ? spec : null;
  }

  private ForecastSpec read(Keyed item) {
    YamlMap map = item.map();
    String path = FIELD + "/" + item.key();
    reading.locate(path, item.node(), map, "bands", "services", "places", "scenarios");
    String title = map.text("title", true);
    RoundingMode rounding =
        map.choice("rounding", false, ForecastFile::rounding, List.of("half_up", "half_even"));
    List<BandSource> bands = new ArrayList<>();
    for (Keyed band :
        map.keyed(
            "bands",
            Where.in(map.what(), Text.of("forecast.what.band")),
            Set.of("key", "from", "to", "population"))) {
      reading.add(bands, band.node(), band.map().what(), () -> band(band, path));
    }
    List<ServiceSource> services = new ArrayList<>();
    for (Keyed service :
        map.keyed(
            "services",
            Where.in(map.what(), Text.of("forecast.what.service")),
            Set.of("key", "name", "bands", "total", "cost"))) {
      ServiceSource read = service(service, path);
      if (read != null) {
        services.add(read);
      }
    }
    PlacesSource places = map.map("places", false).map(m -> places(m, path)).orElse(null);
    List<Scenario> scenarios = new ArrayList<>();
    for (Keyed scenario :
        map.keyed(
            "scenarios",
            Where.in(map.what(), Text.of("forecast.what.scenario")),
            Set.of("key", "name", "changes"))) {
      Scenario read = scenario(scenario);
      if (read != null) {
        scenarios.add(read);
      }
    }
    if (title == null) {
      return null;
    }
    return reading.build(
        item.node(),
        map.what(),
        () -> new ForecastSpec(item.key(), title, rounding, bands, services, places, scenarios));
  }

  private static Optional<RoundingMode> rounding(String text) {
    return switch (text) {
      case "half_up" -> Optional.of(RoundingMode.HALF_UP);
      case "half_even" -> Optional.of(RoundingMode.HALF_EVEN);
      default -> Optional.empty();
    };
  }

  private BandSource band(Keyed item, String path) {
    YamlMap map = item.map();
    reading.locate(path + "/bands/" + item.key(), item.node(), map, "population");
    Integer from = map.integer("from", true);
    Integer to = map.integer("to", false);
    if (map.field("population")
        .filter(n -> n instanceof ScalarNode s && SCB.equals(s.getValue().strip()))
        .isPresent()) {
      return from == null ? null : BandSource.fromScb(new AgeBand(item.key(), from, to));
    }
    RowRef population = row(map, "population", true);
    if (from == null || population == null) {
      return null;
    }
    return new BandSource(new AgeBand(item.key(), from, to), population);
  }

  private ServiceSource service(Keyed item, String path) {
    YamlMap map = item.map();
    String at = path + "/services/" + item.key();
    reading.locate(at, item.node(), map, "total", "cost");
    String name = map.text("name", true);
    RowRef total = row(map, "total", false);
    Optional<YamlMap> costMap = map.map("cost", false);
    boolean fromBudget = costMap.map(m -> m.has("fromBudget")).orElse(false);
    CostPerRecipient cost = fromBudget ? null : costMap.map(m -> cost(m, item.key())).orElse(null);
    BudgetCost budgetCost =
        fromBudget ? costMap.map(m -> budgetCost(m, item.key())).orElse(null) : null;
    List<BandRate> bands = new ArrayList<>();
    for (YamlMap band : map.maps("bands", Text.of("forecast.what.band"))) {
      band.allowOnly(Set.of("band", "recipients", "rate"));
      String key = band.text("band", true);
      if (key != null) {
        reading.locate(at + "/bands/" + key, band.node(), band, "recipients", "rate");
      }
      RowRef recipients = row(band, "recipients", true);
      RateChoice rate = band.field("rate").map(n -> rate(n, band)).orElse(null);
      if (key != null && recipients != null) {
        reading.add(bands, band.node(), band.what(), () -> new BandRate(key, recipients, rate));
      }
    }
    if (name == null) {
      return null;
    }
    return reading.build(
        item.node(),
        map.what(),
        () -> new ServiceSource(new Service(item.key(), name), bands, total, cost, budgetCost));
  }

  /** {fromBudget: 2025, budgetRow: table.row}: the cost per recipient the budget gives. */
  private BudgetCost budgetCost(YamlMap map, String service) {
    map.allowOnly(Set.of("fromBudget", "budgetRow"));
    Long year = wholeNumber(map, "fromBudget", true);
    RowRef budgetRow = row(map, "budgetRow", true);
    if (year == null || budgetRow == null) {
      return null;
    }
    return reading.build(
        map.node(), map.what(), () -> new BudgetCost(service, budgetRow, Math.toIntExact(year)));
  }

  private CostPerRecipient cost(YamlMap map, String service) {
    map.allowOnly(Set.of("kronor", "budgetRow"));
    Long kronor = wholeNumber(map, "kronor", true);
    RowRef budgetRow = row(map, "budgetRow", true);
    if (kronor == null || budgetRow == null) {
      return null;
    }
    return reading.build(
        map.node(), map.what(), () -> new CostPerRecipient(service, kronor, budgetRow.toString()));
  }

  /** "latest", or one of {stated: 4.46}, {average: [2022, 2023]}, {pooled: [2022, 2023]}. */
  RateChoice rate(Node node, YamlMap in) {
    Text what = Where.field(in.what(), "rate");
    if (node instanceof ScalarNode scalar) {
      if (scalar.getValue().strip().equals("latest")) {
        return new RateChoice.Latest();
      }
      reading.problems().add(node, Text.of("forecast.file.rate", what, scalar.getValue()));
      return null;
    }
    Optional<YamlMap> found = YamlMap.of(node, what, reading.problems());
    if (found.isEmpty()) {
      return null;
    }
    YamlMap map = found.get();
    map.allowOnly(Set.of("stated", "average", "pooled"));
    if (map.keys().size() != 1) {
      reading.problems().add(node, Text.of("forecast.file.rateOne", what));
      return null;
    }
    if (map.has("stated")) {
      BigDecimal percent = map.decimal("stated", true);
      return percent == null
          ? null
          : reading.build(node, what, () -> new RateChoice.Stated(percent));
    }
    String field = map.has("average") ? "average" : "pooled";
    List<Integer> years = map.years(field);
    return reading.build(
        node,
        what,
        () ->
            field.equals("average")
                ? new RateChoice.AverageOfRates(years)
                : new RateChoice.PooledRatio(years));
  }

  private PlacesSource places(YamlMap map, String path) {
    map.allowOnly(Set.of("service", "existing", "planned", "need", "queue", "stated"));
    reading.locate(path + "/places", map.node(), map, "service", "queue", "stated");
    String service = map.text("service", true);
    Long existing = wholeNumber(map, "existing", true);
    List<PlannedPlaces> planned = new ArrayList<>();
    for (YamlMap p : map.maps("planned", Text.of("forecast.file.planned"))) {
      p.allowOnly(Set.of("from", "places"));
      Integer from = p.year("from", true);
      Long places = wholeNumber(p, "places", true);
      if (from != null && places != null) {
        reading.add(planned, p.node(), p.what(), () -> new PlannedPlaces(from, places));
      }
    }
    PlaceNeed need = map.map("need", true).map(this::need).orElse(null);
    RowRef queue = row(map, "queue", false);
    StatedPlacesRows stated = map.map("stated", false).map(this::stated).orElse(null);
    if (service == null || existing == null || need == null) {
      return null;
    }
    return reading.build(
        map.node(),
        map.what(),
        () -> new PlacesSource(service, existing, planned, need, queue, stated));
  }

  /** {turnover: 1.34} or {factor: 0.8}. */
  private PlaceNeed need(YamlMap map) {
    map.allowOnly(Set.of("turnover", "factor"));
    if (map.keys().size() != 1) {
      reading.problems().add(map.node(), Text.of("forecast.file.needOne", map.what()));
      return null;
    }
    boolean turnover = map.has("turnover");
    BigDecimal value = map.decimal(turnover ? "turnover" : "factor", true);
    if (value == null) {
      return null;
    }
    return reading.build(
        map.node(),
        map.what(),
        () -> turnover ? new PlaceNeed.Turnover(value) : new PlaceNeed.Factor(value));
  }

  private StatedPlacesRows stated(YamlMap map) {
    map.allowOnly(
        Set.of("table", "residents", "total", "needed", "existing", "shortage", "alsoTry"));
    String table = map.text("table", true);
    List<String> residents = map.texts("residents");
    String total = map.text("total", true);
    String needed = map.text("needed", true);
    String existing = map.text("existing", true);
    String shortage = map.text("shortage", true);
    List<PlaceNeed> alsoTry = new ArrayList<>();
    for (YamlMap other : map.maps("alsoTry", Text.of("forecast.file.need"))) {
      PlaceNeed need = need(other);
      if (need != null) {
        alsoTry.add(need);
      }
    }
    if (table == null || total == null || needed == null || existing == null || shortage == null) {
      return null;
    }
    return reading.build(
        map.node(),
        map.what(),
        () -> new StatedPlacesRows(table, residents, total, needed, existing, shortage, alsoTry));
  }

  private Scenario scenario(Keyed item) {
    YamlMap map = item.map();
    String name = map.text("name", true);
    List<ScenarioChange> changes = new ArrayList<>();
    for (YamlMap change : map.maps("changes", Text.of("forecast.file.change"))) {
      ScenarioChange read = change(change);
      if (read != null) {
        changes.add(read);
      }
    }
    if (name == null) {
      return null;
    }
    return reading.build(item.node(), map.what(), () -> new Scenario(item.key(), name, changes));
  }

  /**
   * {service, band?, points | percent | rate} moves or chooses a rate; {places, from} adds places.
   */
  private ScenarioChange change(YamlMap map) {
    map.allowOnly(Set.of("service", "band", "points", "percent", "rate", "places", "from"));
    if (map.has("places")) {
      Long places = wholeNumber(map, "places", true);
      Integer from = map.year("from", true);
      if (places == null || from == null) {
        return null;
      }
      return reading.build(
          map.node(), map.what(), () -> new ScenarioChange.NewPlaces(from, places));
    }
    String service = map.text("service", true);
    String band = map.text("band", false);
    int kinds =
        (map.has("points") ? 1 : 0) + (map.has("percent") ? 1 : 0) + (map.has("rate") ? 1 : 0);
    if (kinds != 1) {
      reading.problems().add(map.node(), Text.of("forecast.file.changeOne", map.what()));
      return null;
    }
    if (service == null) {
      return null;
    }
    if (map.has("rate")) {
      RateChoice rate = rate(map.field("rate").get(), map);
      return rate == null
          ? null
          : reading.build(
              map.node(), map.what(), () -> new ScenarioChange.OtherChoice(band, service, rate));
    }
    boolean points = map.has("points");
    BigDecimal value = map.decimal(points ? "points" : "percent", true);
    if (value == null) {
      return null;
    }
    return reading.build(
        map.node(),
        map.what(),
        () ->
            points
                ? new ScenarioChange.RatePoints(band, service, value)
                : new ScenarioChange.RatePercent(band, service, value));
  }

  /** A field naming a row "table.row"; anything else is a problem at the field. */
  private RowRef row(YamlMap map, String field, boolean required) {
    String text = map.text(field, required);
    if (text == null) {
      return null;
    }
    Optional<RowRef> ref = RowRef.parse(text);
    if (ref.isEmpty()) {
      map.problem(field, Text.of("forecast.file.rowRef", field, YamlNumbers.abbreviate(text)));
      return null;
    }
    return ref.get();
  }

  private static Long wholeNumber(YamlMap map, String field, boolean required) {
    BigDecimal value = map.decimal(field, required);
    if (value == null) {
      return null;
    }
    if (value.stripTrailingZeros().scale() > 0) {
      map.problem(field, Text.of("forecast.file.whole", field, value.toPlainString()));
      return null;
    }
    return value.longValueExact();
  }
}
