package se.styr.national;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.styr.imports.kolada.KoladaAnswers;
import se.styr.imports.kolada.KoladaClient;
import se.styr.imports.kolada.KoladaRequests;
import se.styr.imports.kolada.KoladaValue;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetching from Kolada into the {@link KoladaStore}: live from Kolada's API (at the configured base
 * address, only when a user asks), or from an answer of Kolada's saved as a file (a recorded
 * answer, or Styr's demo data). Each fetch is stored whole or not at all.
 */
@Component
public class KoladaFetching {
  /** The source stored with Styr's invented demo figures; shown beside every value from them. */
  public static final String DEMO_SOURCE = "Demodata (påhittade värden, inte Koladas)";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final KoladaStore store;
  private final URI base;
  private final Clock clock;

  @Autowired
  public KoladaFetching(
      KoladaStore store, @Value("${styr.kolada.base-url:https://api.kolada.se/v3/}") URI base) {
    this(store, base, Clock.systemUTC());
  }

  KoladaFetching(KoladaStore store, URI base, Clock clock) {
    this.store = store;
    this.base = base;
    this.clock = clock;
  }

  /** What a fetch stored. */
  public record Fetch(String what, int stored, int removed, String source) {}

  /** The kinds of answer Kolada gives. */
  public enum Kind {
    KPIS,
    MUNICIPALITIES,
    GROUPS,
    DATA
  }

  /** The address Kolada is fetched from (for the page that offers to fetch). */
  public URI base() {
    return base;
  }

  /**
   * Stores an answer of Kolada's saved as a file ({@code name} as the user gave it), of whichever
   * kind it is; {@code source} is what the stored figures say they came from.
   */
  public Fetch importAnswer(String answer, String source) {
    Kind kind = kindOf(answer);
    Instant now = clock.instant();
    return switch (kind) {
      case KPIS -> {
        var kpis = KoladaAnswers.kpis(answer).values();
        store.saveKpis(kpis, source, now);
        yield new Fetch("kpis", kpis.size(), 0, source);
      }
      case MUNICIPALITIES -> {
        var municipalities = KoladaAnswers.municipalities(answer).values();
        store.saveMunicipalities(municipalities, now);
        yield new Fetch("municipalities", municipalities.size(), 0, source);
      }
      case GROUPS -> {
        var groups = KoladaAnswers.groups(answer).values();
        store.saveGroups(groups, now);
        yield new Fetch("groups", groups.size(), 0, source);
      }
      case DATA -> {
        List<KoladaValue> values = KoladaAnswers.data(answer).values();
        KoladaStore.Saved saved = store.saveValues(values, source, now);
        yield new Fetch("values", saved.stored(), saved.removed(), source);
      }
    };
  }

  /** Which kind of answer {@code answer} is, from its first item. */
  static Kind kindOf(String answer) {
    JsonNode first;
    try {
      JsonNode root = JSON.readTree(answer == null ? "" : answer);
      JsonNode values = root == null ? null : root.get("values");
      if (values == null || !values.isArray()) {
        throw new InvalidValueException(Text.of("kolada.noValues"));
      }
      if (values.isEmpty()) {
        throw new InvalidValueException(Text.of("kolada.empty"));
      }
      first = values.get(0);
    } catch (tools.jackson.core.JacksonException e) {
      throw new InvalidValueException(Text.of("kolada.notJson", e.getOriginalMessage()));
    }
    if (first.has("kpi") && first.has("period")) {
      return Kind.DATA;
    }
    if (first.has("members")) {
      return Kind.GROUPS;
    }
    if (first.has("operating_area") || first.has("is_divided_by_gender")) {
      return Kind.KPIS;
    }
    if (first.has("id") && first.has("title")) {
      return Kind.MUNICIPALITIES;
    }
    throw new InvalidValueException(Text.of("kolada.unknownKind"));
  }

  private KoladaClient client() {
    return KoladaClient.of(base);
  }

  private String live() {
    return "Kolada (" + base.getHost() + ")";
  }

  /** Fetches the KPIs whose title holds {@code title} from Kolada (a user asked). */
  public Fetch fetchKpis(String title) {
    var kpis = client().all(KoladaRequests.searchKpis(title), KoladaAnswers::kpis);
    store.saveKpis(kpis, live(), clock.instant());
    return new Fetch("kpis", kpis.size(), 0, live());
  }

  /** Fetches municipalities and municipality groups from Kolada (a user asked). */
  public Fetch fetchMunicipalitiesAndGroups() {
    var municipalities = client().all("/municipality?per_page=5000", KoladaAnswers::municipalities);
    var groups = client().all("/municipality_groups?per_page=5000", KoladaAnswers::groups);
    Instant now = clock.instant();
    store.saveMunicipalities(municipalities, now);
    store.saveGroups(groups, now);
    return new Fetch("municipalities", municipalities.size() + groups.size(), 0, live());
  }

  /**
   * Fetches every municipality's values of {@code kpi} in {@code years} from Kolada (a user asked),
   * in requests within Kolada's limits: only what changed since the last fetch when every year is
   * stored already (Kolada's {@code from_date}; withdrawn values are removed), else all of it.
   */
  public Fetch fetchValues(String kpi, List<Integer> years) {
    LocalDate since = store.fetchedSince(kpi, "T", years).orElse(null);
    return fetch(KoladaRequests.data(List.of(kpi), List.of(), years, false, since));
  }

  /** Fetches one organisational unit's values of {@code kpi} in {@code years} (a user asked). */
  public Fetch fetchUnitValues(String kpi, String unit, List<Integer> years) {
    return fetch(KoladaRequests.data(List.of(kpi), List.of(unit), years, true, null));
  }

  /** Fetches a municipality's organisational units from Kolada (a user asked). */
  public Fetch fetchUnits(String municipality) {
    var units = client().all(KoladaRequests.units(municipality), KoladaAnswers::units);
    store.saveUnits(units, clock.instant());
    return new Fetch("units", units.size(), 0, live());
  }

  private Fetch fetch(List<String> paths) {
    List<KoladaValue> values = new java.util.ArrayList<>();
    KoladaClient client = client();
    for (String path : paths) {
      values.addAll(client.all(path, KoladaAnswers::data));
    }
    KoladaStore.Saved saved = store.saveValues(values, live(), clock.instant());
    return new Fetch("values", saved.stored(), saved.removed(), live());
  }
}
