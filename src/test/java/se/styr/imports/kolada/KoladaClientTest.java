package se.styr.imports.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

/**
 * The client against a local stand-in for Kolada (the JDK's own HTTP server on the loopback, no
 * network): pages followed, a busy server tried again after growing pauses, a wrong answer named, a
 * page that comes round again refused.
 */
class KoladaClientTest {
  private HttpServer server;
  private final List<Duration> waits = new ArrayList<>();
  private final AtomicInteger busy = new AtomicInteger();

  @BeforeEach
  void standIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v3/kpi",
        exchange -> {
          String query = exchange.getRequestURI().getQuery();
          String body =
              query != null && query.contains("page=2")
                  ? "{\"count\":1,\"values\":[{\"id\":\"N00002\",\"title\":\"Andra\"}],"
                      + "\"next_url\":null}"
                  : resource("kpi-search-page1.json")
                      .replace("https://api.kolada.se/v3/kpi?", "/v3/kpi?");
          send(exchange, 200, body);
        });
    server.createContext(
        "/v3/busy",
        exchange -> {
          if (busy.getAndIncrement() < 2) {
            exchange.getResponseHeaders().add("Retry-After", "3");
            send(exchange, 503, "");
          } else {
            send(exchange, 200, resource("municipalities.json"));
          }
        });
    server.createContext("/v3/missing", exchange -> send(exchange, 404, "{}"));
    server.createContext(
        "/v3/round",
        exchange ->
            send(
                exchange,
                200,
                "{\"values\":[{\"id\":\"0180\",\"title\":\"Stockholm\"}],\"next_url\":\"/v3/round\"}"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private KoladaClient client(int attempts) {
    return new KoladaClient(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3"),
        HttpClient.newHttpClient(),
        Duration.ofSeconds(5),
        attempts,
        Duration.ofMillis(1),
        waits::add);
  }

  @Test
  void everyPageIsFetchedByFollowingNextUrl() {
    List<KoladaKpi> kpis = client(1).all("/kpi?title=hemtj%C3%A4nst", KoladaAnswers::kpis);
    assertThat(kpis).extracting(KoladaKpi::id).containsExactly("U23471", "N21026", "N00002");
  }

  @Test
  void aBusyKoladaIsAskedAgainAfterThePauseItAsksFor() {
    List<KoladaMunicipality> all = client(4).all("/busy", KoladaAnswers::municipalities);
    assertThat(all).hasSize(3);
    assertThat(busy.get()).isEqualTo(3);
    assertThat(waits).contains(Duration.ofSeconds(3));
  }

  @Test
  void aKoladaThatStaysBusyIsNamedWithItsAttempts() {
    busy.set(-10);
    assertThatThrownBy(() -> client(2).all("/busy", KoladaAnswers::municipalities))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(InvalidValueException.textOf(e).key()).isEqualTo("kolada.unavailable"));
  }

  @Test
  void aWrongAnswerEndsTheFetchNamingAddressAndStatus() {
    assertThatThrownBy(() -> client(4).all("/missing", KoladaAnswers::municipalities))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(InvalidValueException.textOf(e).key()).isEqualTo("kolada.status");
              assertThat(InvalidValueException.textOf(e).arguments()).contains("404");
            });
  }

  @Test
  void aPageThatComesRoundAgainIsRefused() {
    assertThatThrownBy(() -> client(1).all("/round", KoladaAnswers::municipalities))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(InvalidValueException.textOf(e).key()).isEqualTo("kolada.pagesRepeat"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = KoladaClientTest.class.getResourceAsStream("/kolada/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}
