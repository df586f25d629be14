package se.styr.imports.scb;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.styr.shared.PatientGet;

/**
 * Fetches from SCB's Statistical Database, API v2 (only when a user asks for it; tests use a local
 * stand-in): the API's configuration first, then at most as many calls per time window as it states
 * (10 per 10 seconds, SCB's published rate, if it states none); a selection larger than the
 * configured cell limit fetched in parts and merged; a call that fails on the way, or that SCB
 * answers with 429 or a server error, tried again after a growing pause (SCB's {@code Retry-After}
 * if it gives one), at most {@code attempts} times; any other answer than 200 ends the fetch naming
 * the address and status. Plain Java over {@link HttpClient}.
 */
public final class ScbClient {
  /** SCB's API as Styr calls it unless configured otherwise. */
  public static final URI SCB = URI.create("https://statistikdatabasen.scb.se/api/v2/");

  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private final int attempts;
  private final Duration pause;
  private final String language;
  private final ScbClock clock;
  private CallWindow window;
  private ScbConfig config;

  public ScbClient(
      URI base,
      HttpClient http,
      Duration timeout,
      int attempts,
      Duration pause,
      String language,
      ScbClock clock) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.http = http;
    this.timeout = timeout;
    this.attempts = Math.max(1, attempts);
    this.pause = pause;
    this.language = language;
    this.clock = clock;
    this.window = new CallWindow(10, Duration.ofSeconds(10), clock);
  }

  /** A client of the API at {@code base} in Swedish, with 30 s timeouts and 4 attempts. */
  public static ScbClient of(URI base) {
    return new ScbClient(
        base,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build(),
        Duration.ofSeconds(30),
        4,
        Duration.ofSeconds(1),
        "sv",
        ScbClock.system());
  }

  /** The API's configuration, fetched once; its call rate governs every later call. */
  public synchronized ScbConfig config() {
    if (config == null) {
      config = ScbAnswers.config(get(base.resolve("config")));
      if (config.statesRate()) {
        window = new CallWindow(config.maxCallsPerTimeWindow(), config.timeWindow(), clock);
      }
    }
    return config;
  }

  /** The metadata of {@code table}. */
  public ScbTable metadata(String table) {
    config();
    return ScbAnswers.metadata(get(base.resolve(ScbRequests.metadata(table, language))));
  }

  /** Page {@code page} of the tables matching {@code query} (null: all tables). */
  public ScbTablePage tables(String query, int page, int pageSize) {
    config();
    return ScbAnswers.tables(
        get(base.resolve(ScbRequests.tables(query, page, pageSize, language))));
  }

  /** The cube of {@code selection}, fetched in as many parts as the cell limit asks. */
  public ScbCube data(ScbSelection selection) {
    return data(selection, metadata(selection.table()));
  }

  /** The cube of {@code selection} of {@code table}, whose metadata the caller has. */
  public ScbCube data(ScbSelection selection, ScbTable table) {
    List<ScbCube> parts = new ArrayList<>();
    for (ScbSelection part : ScbRequests.split(selection, table, config().maxDataCells())) {
      parts.add(JsonStat2.dataset(get(base.resolve(ScbRequests.data(part, language)))));
    }
    return ScbCubes.merge(parts);
  }

  /** The body of SCB's answer to {@code uri}, after as many attempts as it takes and may. */
  String get(URI uri) {
    return new PatientGet(http, timeout, attempts, pause, window::take, clock::sleep, "scb")
        .body(uri);
  }
}
