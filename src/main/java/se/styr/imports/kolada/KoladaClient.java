package se.styr.imports.kolada;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.styr.shared.InvalidValueException;
import se.styr.shared.PatientGet;
import se.styr.shared.Text;

/**
 * Fetches from Kolada's API (only when a user asks for it; tests use recorded answers): every page
 * of an answer, following {@code next_url} (relative or absolute) and refusing a page that comes
 * round again; a polite pause between requests; a request that times out, or that Kolada answers
 * with 429 or a server error, tried again after a growing pause (Kolada's {@code Retry-After} if it
 * gives one), at most {@code attempts} times; any other answer than 200 ends the fetch naming the
 * address and status. Plain Java over {@link HttpClient}.
 */
public final class KoladaClient {
  /** Kolada's API as Styr calls it unless configured otherwise. */
  public static final URI KOLADA = URI.create("https://api.kolada.se/v3/");

  /** More pages than any answer of Kolada's has (5,000 rows each); a fetch beyond is refused. */
  static final int MOST_PAGES = 1000;

  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private final int attempts;
  private final Duration pause;
  private final Sleeper sleeper;
  private long lastRequest;

  /** How the client waits; tests wait without sleeping. */
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public KoladaClient(
      URI base, HttpClient http, Duration timeout, int attempts, Duration pause, Sleeper sleeper) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.http = http;
    this.timeout = timeout;
    this.attempts = Math.max(1, attempts);
    this.pause = pause;
    this.sleeper = sleeper;
  }

  /** A client of Kolada's API with 30 s timeouts, 4 attempts and 250 ms between requests. */
  public static KoladaClient of(URI base) {
    return new KoladaClient(
        base,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build(),
        Duration.ofSeconds(30),
        4,
        Duration.ofMillis(250),
        d -> Thread.sleep(d.toMillis()));
  }

  /**
   * Every item of the answer to {@code path} (e.g. a path of {@link KoladaRequests}), page by page.
   */
  public <T> List<T> all(String path, Function<String, KoladaPage<T>> read) {
    List<T> items = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    URI next = base.resolve(path.startsWith("/") ? path.substring(1) : path);
    while (next != null) {
      if (!seen.add(next) || seen.size() > MOST_PAGES) {
        throw new InvalidValueException(Text.of("kolada.pagesRepeat", next.toString()));
      }
      KoladaPage<T> page = read.apply(get(next));
      items.addAll(page.values());
      next = page.hasNext() && !page.values().isEmpty() ? next.resolve(page.nextUrl()) : null;
    }
    return items;
  }

  /** The body of Kolada's answer to {@code uri}, after as many attempts as it takes and may. */
  String get(URI uri) {
    return new PatientGet(http, timeout, attempts, pause, this::politely, sleeper::sleep, "kolada")
        .body(uri);
  }

  private void politely() throws InterruptedException {
    long since = System.nanoTime() - lastRequest;
    if (lastRequest != 0 && since < pause.toNanos()) {
      sleeper.sleep(Duration.ofNanos(pause.toNanos() - since));
    }
    lastRequest = System.nanoTime();
  }
}
