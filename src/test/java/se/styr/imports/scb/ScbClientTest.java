package se.styr.imports.scb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

/**
 * The client against a local stand-in for SCB (the JDK's own HTTP server on the loopback, no
 * network): the configuration read first, a selection over the cell limit fetched in parts within
 * the call rate (waiting on a clock that does not really sleep) and merged, a busy server asked
 * again after growing pauses, a wrong answer named with its address and status.
 */
class ScbClientTest {
  private static final ScbCube FORECAST =
      JsonStat2.dataset(ScbFixtures.constructed("forecast-2061.json"));

  private HttpServer server;
  private final List<String> dataQueries = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger busy = new AtomicInteger();
  private final FakeClock clock = new FakeClock();

  /** A clock that moves on when the client waits, and notes every wait. */
  static final class FakeClock implements ScbClock {
    long now = 1_000_000_000L;
    final List<Duration> waits = new ArrayList<>();

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
      now += duration.toNanos();
    }
  }

  @BeforeEach
  void standIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/v2/config",
        exchange ->
            send(
                exchange,
                200,
                "{\"apiVersion\":\"2.2.0\",\"defaultLanguage\":\"sv\",\"maxDataCells\":8,"
                    + "\"maxCallsPerTimeWindow\":2,\"timeWindow\":1}"));
    server.createContext(
        "/api/v2/tables/TAB6008/metadata",
        exchange -> send(exchange, 200, ScbFixtures.constructed("forecast-metadata.json")));
    server.createContext(
        "/api/v2/tables/TAB6008/data",
        exchange -> {
          String query = exchange.getRequestURI().getQuery();
          dataQueries.add(query);
          send(exchange, 200, ScbSlices.answer(FORECAST, valueCodes(query)));
        });
    server.createContext(
        "/api/v2/tables/TAB9999/metadata",
        exchange -> send(exchange, 404, "{\"title\":\"Not Found\"}"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ScbClient client(String path, int attempts) {
    return new ScbClient(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path),
        HttpClient.newHttpClient(),
        Duration.ofSeconds(5),
        attempts,
        Duration.ofMillis(100),
        "sv",
        clock);
  }

  @Test
  void aSelectionOverTheCellLimitIsFetchedInPartsWithinTheCallRateAndMerged() {
    ScbClient client = client("/api/v2", 1);
    ScbTable table = client.metadata("TAB6008");
    ScbSelection selection =
        PopulationTables.selection(table, List.of("2061"), List.of(2030, 2031));
    // 2 sexes x 5 ages x 2 years = 20 cells, at most 8 a call: three calls
    ScbCube cube = client.data(selection, table);
    assertThat(dataQueries).hasSize(3);
    assertThat(dataQueries.get(0))
        .contains("valueCodes[Region]=2061", "valueCodes[Alder]=0,1", "outputFormat=json-stat2");
    // metadata and the first part fill the window of 2 calls; the second part must wait
    assertThat(clock.waits).isNotEmpty();
    assertThat(clock.waits)
        .allSatisfy(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
    Population population = Population.of(cube);
    assertThat(population.count("2061", Sex.WOMEN, Age.of(80), 2030)).isEqualTo(112L);
    assertThat(population.count("2061", Sex.MEN, Age.andOver(100), 2031)).isNull();
    assertThat(cube.cells()).hasSize(20);
  }

  @Test
  void aBusySCBIsAskedAgainAfterGrowingPausesOrThePauseItAsksFor() {
    server.createContext(
        "/busy/config",
        exchange -> {
          int call = busy.getAndIncrement();
          if (call == 0) {
            send(exchange, 503, "");
          } else if (call == 1) {
            exchange.getResponseHeaders().add("Retry-After", "3");
            send(exchange, 429, "");
          } else {
            send(exchange, 200, "{\"maxDataCells\":150000}");
          }
        });
    ScbConfig config = client("/busy", 4).config();
    assertThat(config.maxDataCells()).isEqualTo(150_000);
    assertThat(config.statesRate()).isFalse();
    assertThat(busy.get()).isEqualTo(3);
    assertThat(clock.waits).containsExactly(Duration.ofMillis(100), Duration.ofSeconds(3));
  }

  @Test
  void anSCBThatStaysBusyIsNamedWithItsAttempts() {
    server.createContext("/down/config", exchange -> send(exchange, 502, ""));
    assertThatThrownBy(() -> client("/down", 3).config())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(InvalidValueException.textOf(e).key()).isEqualTo("scb.unavailable");
              assertThat(InvalidValueException.textOf(e).arguments()).contains("3", "502");
            });
    assertThat(clock.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void aWrongAnswerEndsTheFetchNamingAddressAndStatus() {
    assertThatThrownBy(() -> client("/api/v2/", 4).metadata("TAB9999"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(InvalidValueException.textOf(e).key()).isEqualTo("scb.status");
              assertThat(InvalidValueException.textOf(e).arguments().get(0).toString())
                  .endsWith("/api/v2/tables/TAB9999/metadata?lang=sv");
              assertThat(InvalidValueException.textOf(e).arguments()).contains("404");
            });
  }

  /** The codes a data query asks for, per variable (decoded as the server reads them). */
  private static Map<String, List<String>> valueCodes(String query) {
    Map<String, List<String>> codes = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      if (name.startsWith("valueCodes[") && name.endsWith("]")) {
        codes.put(
            name.substring("valueCodes[".length(), name.length() - 1),
            List.of(parts[1].split(",")));
      }
    }
    return codes;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}
