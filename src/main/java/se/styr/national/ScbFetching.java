package se.styr.national;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.styr.imports.scb.JsonStat2;
import se.styr.imports.scb.Population;
import se.styr.imports.scb.PopulationTables;
import se.styr.imports.scb.ScbClient;
import se.styr.imports.scb.ScbTable;
import se.styr.imports.scb.ScbVariable;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetching SCB's population into the {@link ScbPopulationStore}: SCB's forecast (TAB6008) or the
 * population at year end (TAB638) of a municipality, live from SCB's API (at the configured base
 * address, only when a user asks), or from an answer of SCB's in json-stat2 saved as a file. Each
 * is stored whole or not at all.
 */
@Component
public class ScbFetching {
  /** The most years one fetch asks for (SCB's forecast runs some fifty years ahead). */
  static final int MOST_YEARS = 60;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ScbPopulationStore store;
  private final URI base;
  private final Clock clock;

  @Autowired
  public ScbFetching(
      ScbPopulationStore store,
      @Value("${styr.scb.base-url:https://statistikdatabasen.scb.se/api/v2/}") URI base) {
    this(store, base, Clock.systemUTC());
  }

  ScbFetching(ScbPopulationStore store, URI base, Clock clock) {
    this.store = store;
    this.base = base;
    this.clock = clock;
  }

  /** What a fetch stored: the table, the region's codes, the years and how many counts. */
  public record Fetch(String table, String regions, String years, int counts, String source) {}

  /** The address SCB is fetched from (for the page that offers to fetch). */
  public URI base() {
    return base;
  }

  /**
   * Stores an answer of SCB's table {@code table} (TAB6008 or TAB638) saved as a file; {@code
   * source} is what the stored figures say they came from.
   */
  public Fetch importAnswer(String table, String answer, String source) {
    ScbPopulationStore.Kind.of(table);
    Population population = Population.of(JsonStat2.dataset(answer));
    String named = namedTable(answer);
    if (named != null && !named.equals(table)) {
      throw new InvalidValueException(Text.of("national.scb.otherTable", named, table));
    }
    return store(table, population, source);
  }

  /** The table an answer says it is from ({@code extension.px.tableid}), or null if none. */
  private static String namedTable(String answer) {
    JsonNode id = JSON.readTree(answer).path("extension").path("px").path("tableid");
    return id.isString() ? id.asString() : null;
  }

  /**
   * Fetches the population of {@code region} in {@code from} to {@code to} from SCB's table {@code
   * table} (a user asked).
   */
  public Fetch fetch(String table, String region, int from, int to) {
    ScbPopulationStore.Kind.of(table);
    if (region == null || !region.matches("\\d{4}")) {
      throw new InvalidValueException(Text.of("national.scb.badRegion", String.valueOf(region)));
    }
    if (to < from || to - from >= MOST_YEARS || from < 1900 || to > 2200) {
      throw new InvalidValueException(
          Text.of("national.scb.badYears", String.valueOf(from), String.valueOf(to)));
    }
    ScbClient client = ScbClient.of(base);
    ScbTable read = client.metadata(table);
    ScbTable metadata = new ScbTable(table, read.label(), read.updated(), read.variables());
    List<String> offered =
        metadata.variables().stream()
            .filter(ScbVariable::time)
            .flatMap(v -> v.values().stream())
            .toList();
    List<Integer> years =
        IntStream.rangeClosed(from, to)
            .boxed()
            .filter(y -> offered.contains(String.valueOf(y)))
            .toList();
    if (years.isEmpty()) {
      throw new InvalidValueException(
          Text.of(
              "national.scb.noYears",
              table,
              String.valueOf(from),
              String.valueOf(to),
              offered.isEmpty() ? "–" : offered.get(0) + "–" + offered.get(offered.size() - 1)));
    }
    Population population =
        Population.of(
            client.data(PopulationTables.selection(metadata, List.of(region), years), metadata));
    return store(table, population, live());
  }

  private Fetch store(String table, Population population, String source) {
    int counts = store.save(population, table, source, clock.instant());
    String regions = String.join(", ", population.regions().keySet());
    int first = population.years().stream().min(Integer::compare).orElse(0);
    int last = population.years().stream().max(Integer::compare).orElse(0);
    return new Fetch(
        table, regions, first == last ? "" + first : first + "–" + last, counts, source);
  }

  private String live() {
    return "SCB (" + base.getHost() + ")";
  }
}
