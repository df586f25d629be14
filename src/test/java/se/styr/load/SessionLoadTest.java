package se.styr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.styr.bench.load.HttpConnection;
import se.styr.bench.load.SessionLoad;

/**
 * The mixing, parsing and request logic of the signed-in load (src/test/java/se/styr/bench/load,
 * outside the unit test run, being a tool): which slots are writes, who makes them, the files it
 * reads, the PUT it sends and the ETag it keeps.
 */
class SessionLoadTest {

  private static final List<SessionLoad.WriteTarget> TARGETS =
      List.of(
          new SessionLoad.WriteTarget(0, "PUT follow-up area", "/f", "/f/areas/a", "{}"),
          new SessionLoad.WriteTarget(1, "PUT budget cell", "/t", "/t/cells/r1/c", "{}"),
          new SessionLoad.WriteTarget(2, "PUT budget cell", "/t", "/t/cells/r2/c", "{}"));

  @Test
  void spreadsTheWritesEvenlyAtTheirShare() {
    // A fifth: every fifth slot, the fifth of each five.
    assertThat(LongStream.range(0, 10).filter(i -> SessionLoad.isWrite(i, 0.2)).toArray())
        .containsExactly(4, 9);
    assertThat(LongStream.range(0, 1000).filter(i -> SessionLoad.isWrite(i, 0.2)).count())
        .isEqualTo(200);
    // A share whose products are not exact in binary still gives the exact count.
    assertThat(LongStream.range(0, 1000).filter(i -> SessionLoad.isWrite(i, 0.3)).count())
        .isEqualTo(300);
    assertThat(LongStream.range(0, 1000).filter(i -> SessionLoad.isWrite(i, 0)).count()).isZero();
    assertThat(SessionLoad.writesBefore(5, 0.2)).isEqualTo(1);
    assertThat(SessionLoad.writesBefore(10, 0.2)).isEqualTo(2);
  }

  @Test
  void rotatesReadsOverPathsAndUsersAndWritesOverTargetsByTheirOwnUser() {
    List<SessionLoad.Pick> picks =
        LongStream.range(0, 15).mapToObj(i -> SessionLoad.pick(i, 0.2, 3, 4, TARGETS)).toList();
    // Slots 4, 9 and 14 are the writes, to targets 0, 1 and 2, by the users the targets name.
    assertThat(picks.get(4)).isEqualTo(new SessionLoad.Pick(true, 0, 0));
    assertThat(picks.get(9)).isEqualTo(new SessionLoad.Pick(true, 1, 1));
    assertThat(picks.get(14)).isEqualTo(new SessionLoad.Pick(true, 2, 2));
    // The reads in between go on counting where they left off: read 4 is slot 5.
    assertThat(picks.get(0)).isEqualTo(new SessionLoad.Pick(false, 0, 0));
    assertThat(picks.get(3)).isEqualTo(new SessionLoad.Pick(false, 0, 3));
    assertThat(picks.get(5)).isEqualTo(new SessionLoad.Pick(false, 1, 0));
    assertThat(picks.stream().filter(SessionLoad.Pick::write).count()).isEqualTo(3);
    // Every read path and every user is used.
    assertThat(picks.stream().filter(p -> !p.write()).map(SessionLoad.Pick::index).distinct())
        .containsExactlyInAnyOrder(0, 1, 2);
    assertThat(picks.stream().filter(p -> !p.write()).map(SessionLoad.Pick::user).distinct())
        .containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void changesTheBodyFromWriteToWrite() {
    assertThat(SessionLoad.body("{\"value\": 12{n}, \"note\": \"Belastning {n}\"}", 0))
        .isEqualTo("{\"value\": 120, \"note\": \"Belastning 0\"}");
    assertThat(SessionLoad.body("{\"forecast\": -36.{n}}", 17)).isEqualTo("{\"forecast\": -36.7}");
  }

  @Test
  void readsSessionsAndWritesFromTheirLines() {
    assertThat(SessionLoad.session("JSESSIONID=abc\tX-CSRF-TOKEN\tt0k-en"))
        .isEqualTo(new SessionLoad.Session("JSESSIONID=abc", "X-CSRF-TOKEN", "t0k-en"));
    assertThatThrownBy(() -> SessionLoad.session("JSESSIONID=abc\tX-CSRF-TOKEN"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            SessionLoad.writeTarget(
                "2\tPUT budget cell\t/api/t\t/api/t/cells/r/c\t{\"value\": 1{n}, \"note\": \"a"
                    + "\tb\"}",
                3))
        .isEqualTo(
            new SessionLoad.WriteTarget(
                2,
                "PUT budget cell",
                "/api/t",
                "/api/t/cells/r/c",
                "{\"value\": 1{n}, \"note\": \"a\tb\"}"));
    assertThatThrownBy(() -> SessionLoad.writeTarget("3\tx\t/a\t/b\t{}", 3))
        .hasMessageContaining("not one of the 3 sessions");
    assertThatThrownBy(() -> SessionLoad.writeTarget("0\tx\ta\t/b\t{}", 3))
        .hasMessageContaining("not a path");
    assertThatThrownBy(() -> SessionLoad.writeTarget("0\tx\t/a\t/b", 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesTheCommandLineAndItsFiles(@TempDir Path dir) throws IOException {
    Path sessions = dir.resolve("sessions.tsv");
    Path reads = dir.resolve("reads.txt");
    Path writes = dir.resolve("writes.tsv");
    Files.writeString(sessions, "# cookie, header, token\nJSESSIONID=a\tX-CSRF-TOKEN\tt1\n\n");
    Files.writeString(reads, "/plans/4/versions/3\n/plans/4/versions/3/budget\n");
    Files.writeString(writes, "0\tPUT budget cell\t/api/t\t/api/t/cells/r/c\t{\"value\": {n}}\n");
    SessionLoad.Options options =
        SessionLoad.parse(
            new String[] {
              "--base", "http://127.0.0.1:28080",
              "--rate", "200",
              "--write-share", "0.2",
              "--sessions", sessions.toString(),
              "--reads", reads.toString(),
              "--writes", writes.toString(),
              "--p99-ms", "100"
            });
    assertThat(options.rate()).isEqualTo(200);
    assertThat(options.sessions()).hasSize(1);
    assertThat(options.reads())
        .containsExactly("/plans/4/versions/3", "/plans/4/versions/3/budget");
    assertThat(options.writes()).singleElement().extracting("user").isEqualTo(0);
    assertThat(options.p99LimitMs()).isEqualTo(100);
    assertThatThrownBy(
            () ->
                SessionLoad.parse(
                    new String[] {
                      "--base", "http://127.0.0.1:28080",
                      "--sessions", sessions.toString(),
                      "--reads", reads.toString()
                    }))
        .hasMessageContaining("needs --writes");
    assertThatThrownBy(
            () ->
                SessionLoad.parse(
                    new String[] {
                      "--base", "https://x", "--sessions", "s", "--reads", "r", "--write-share", "0"
                    }))
        .hasMessageContaining("http://");
  }

  @Test
  void writesAPutWithItsHeadersAndBody() {
    byte[] body = "{\"value\": 5}".getBytes(StandardCharsets.UTF_8);
    byte[] request =
        HttpConnection.request(
            "PUT",
            URI.create("http://127.0.0.1:28080/api/t/cells/r/c"),
            List.of("Cookie: JSESSIONID=a", "X-CSRF-TOKEN: t", "If-Match: \"7\""),
            body);
    assertThat(new String(request, StandardCharsets.UTF_8))
        .isEqualTo(
            "PUT /api/t/cells/r/c HTTP/1.1\r\n"
                + "Host: 127.0.0.1:28080\r\n"
                + "User-Agent: styr-load\r\n"
                + "Accept: */*\r\n"
                + "Cookie: JSESSIONID=a\r\n"
                + "X-CSRF-TOKEN: t\r\n"
                + "If-Match: \"7\"\r\n"
                + "Content-Length: 12\r\n\r\n"
                + "{\"value\": 5}");
  }

  @Test
  void givesTheFinalResponsesHeadersSuchAsItsETag() throws IOException {
    Map<String, String> headers = new HashMap<>();
    HttpConnection.Response response =
        HttpConnection.read(
            new ByteArrayInputStream(
                ("HTTP/1.1 100 Continue\r\nX-Interim: yes\r\n\r\n"
                        + "HTTP/1.1 200 \r\nETag: \"8\"\r\nContent-Length: 2\r\n\r\n{}")
                    .getBytes(StandardCharsets.ISO_8859_1)),
            new byte[8],
            headers::put);
    assertThat(response).isEqualTo(new HttpConnection.Response(200, 2, false));
    assertThat(headers).containsEntry("etag", "\"8\"").doesNotContainKey("x-interim");
    assertThat(SessionLoad.ifMatch(headers.get("etag"))).isEqualTo("\"8\"");
    assertThat(SessionLoad.ifMatch(null)).isNull();
    assertThat(SessionLoad.ifMatch(" ")).isNull();
  }
}
