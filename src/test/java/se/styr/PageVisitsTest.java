package se.styr;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages the web application's training run asks for, against a small stand-in server. */
class PageVisitsTest {
  private static final Map<String, String> PAGES =
      Map.of(
          "/",
          """
          <a href="#main">skip</a> <a href="/">Styr</a> <a href="/login">Logga in</a>
          <a href="/tillganglighet">Tillgänglighet</a> <a href="//example.org/x">elsewhere</a>
          <a href="/plans/7">Plan 7</a> <a href="/plans/8">Plan 8</a> <a href="/v3/api-docs">API</a>\
          """,
          "/login",
          "<form></form>",
          "/plans/7/versions/2",
          """
          <a href="/plans/7/versions/2">Översikt</a> <a href="/plans/7/versions/2/budget">Budget</a>
          <a href="/plans/7/versions/2/goals">Mål</a>
          <a href="/plans/7/versions/2/document.pdf">PDF</a>
          <a href="/plans/7/versions/2/budget/drift.xlsx">Excel</a>\
          """,
          "/plans/7/versions/2/budget",
          "<table></table>",
          "/plans/7/versions/2/goals",
          "<ul></ul>");

  private HttpServer server;
  private final List<String> asked = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().toString();
          asked.add(path);
          if (path.equals("/plans/7")) {
            exchange.getResponseHeaders().add("Location", "/plans/7/versions/2");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
          }
          String page = PAGES.get(path.equals("/?lang=en") ? "/" : path);
          byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void visitsTheStartPageItsLinksAndEveryTabOfOnePlanButNoDownload() {
    List<PageVisits.Visit> visits = PageVisits.of(base());

    assertThat(visits)
        .extracting(PageVisits.Visit::path)
        .containsExactly(
            "/",
            "/login",
            "/tillganglighet",
            "/?lang=en",
            "/plans/7",
            "/plans/7/versions/2",
            "/plans/7/versions/2/budget",
            "/plans/7/versions/2/goals");
    assertThat(asked)
        .doesNotContain("/plans/8", "/plans/7/versions/2/document.pdf", "/v3/api-docs")
        .noneMatch(path -> path.endsWith(".xlsx") || path.contains("example.org"));
  }

  @Test
  void recordsWhatEachPageAnswered() {
    List<PageVisits.Visit> visits = PageVisits.of(base());

    assertThat(visits)
        .contains(
            new PageVisits.Visit("/", 200),
            new PageVisits.Visit("/tillganglighet", 404),
            new PageVisits.Visit("/plans/7", 200));
  }

  @Test
  void aServerThatDoesNotAnswerEndsTheVisitsWithoutAnError() {
    server.stop(0);

    assertThat(PageVisits.of(base())).containsExactly(new PageVisits.Visit("/", -1));
  }
}
