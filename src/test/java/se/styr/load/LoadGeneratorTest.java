package se.styr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styr.bench.load.HttpConnection;
import se.styr.bench.load.LoadGenerator;
import se.styr.bench.load.LoadResults;

/**
 * The arithmetic and parsing of the load generator in src/test/java/se/styr/bench/load (which is
 * outside the unit test run, being a tool): percentiles, slot times, durations and HTTP responses.
 */
class LoadGeneratorTest {

  @ParameterizedTest(name = "p{0} of 1..100 is {1}")
  @CsvSource({"50, 50", "90, 90", "99, 99", "99.9, 100", "100, 100", "0.5, 1"})
  void takesPercentilesByNearestRank(double percentile, long expected) {
    long[] oneToHundred = LongStream.rangeClosed(1, 100).toArray();
    assertThat(LoadResults.percentile(oneToHundred, percentile)).isEqualTo(expected);
  }

  @Test
  void percentileOfFewValuesIsOneOfThem() {
    assertThat(LoadResults.percentile(new long[] {7, 9, 30}, 50)).isEqualTo(9);
    assertThat(LoadResults.percentile(new long[] {7, 9, 30}, 99)).isEqualTo(30);
    assertThat(LoadResults.percentile(new long[] {7}, 99.9)).isEqualTo(7);
    assertThat(LoadResults.percentile(new long[0], 99)).isZero();
  }

  @Test
  void refusesPercentilesOutsideZeroToHundred() {
    assertThatThrownBy(() -> LoadResults.percentile(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoadResults.percentile(new long[] {1}, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spacesSlotsEvenlyWithoutDrift() {
    assertThat(LoadGenerator.offsetNanos(0, 500)).isZero();
    assertThat(LoadGenerator.offsetNanos(1, 500)).isEqualTo(2_000_000);
    assertThat(LoadGenerator.offsetNanos(15_000, 500)).isEqualTo(30_000_000_000L);
    // A rate whose interval is not a whole number of nanoseconds still lands on the second.
    assertThat(LoadGenerator.offsetNanos(3, 3)).isEqualTo(1_000_000_000L);
    assertThat(LoadGenerator.offsetNanos(300_000, 3)).isEqualTo(100_000_000_000_000L);
  }

  @ParameterizedTest(name = "{0} ns at {1}/s hold {2} slots")
  @CsvSource({
    "30000000000, 500, 15000",
    "5000000000, 500, 2500",
    "1000000000, 3, 3",
    "1, 500, 1",
    "0, 500, 0",
    "1000000000, 0.5, 1"
  })
  void countsTheSlotsDueWithinADuration(long nanos, double rate, long slots) {
    assertThat(LoadGenerator.slotsWithin(nanos, rate)).isEqualTo(slots);
  }

  @ParameterizedTest(name = "{0} is {1} ns")
  @CsvSource({
    "30s, 30000000000",
    "500ms, 500000000",
    "2m, 120000000000",
    "5, 5000000000",
    "0.5s, 500000000"
  })
  void readsDurations(String text, long nanos) {
    assertThat(LoadGenerator.nanos(text)).isEqualTo(nanos);
  }

  @Test
  void writesAGetRequestWithHostAndExtraHeaders() {
    byte[] request =
        HttpConnection.get(
            URI.create("http://127.0.0.1:18080/api/plans/4?year=2025"), List.of("Cookie: a=b"));
    assertThat(new String(request, StandardCharsets.ISO_8859_1))
        .isEqualTo(
            "GET /api/plans/4?year=2025 HTTP/1.1\r\n"
                + "Host: 127.0.0.1:18080\r\n"
                + "User-Agent: styr-load\r\n"
                + "Accept: */*\r\n"
                + "Cookie: a=b\r\n\r\n");
  }

  @Test
  void readsABodyByContentLengthAndLeavesTheNextResponse() throws IOException {
    InputStream in =
        stream(
            "HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\nhello"
                + "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n");
    assertThat(HttpConnection.read(in, new byte[2]))
        .isEqualTo(new HttpConnection.Response(200, 5, false));
    assertThat(HttpConnection.read(in, new byte[2]))
        .isEqualTo(new HttpConnection.Response(404, 0, false));
  }

  @Test
  void readsChunksWithExtensionsAndTrailers() throws IOException {
    InputStream in =
        stream(
            "HTTP/1.1 200 OK\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"
                + "5;name=x\r\n"
                + "hello\r\n"
                + "1A\r\n"
                + "abcdefghijklmnopqrstuvwxyz\r\n"
                + "0\r\n"
                + "Expires: never\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\n\r\n");
    assertThat(HttpConnection.read(in, new byte[4]))
        .isEqualTo(new HttpConnection.Response(200, 31, false));
    assertThat(HttpConnection.read(in, new byte[4]))
        .isEqualTo(new HttpConnection.Response(204, 0, false));
  }

  @Test
  void notesWhenTheServerClosesTheConnection() throws IOException {
    assertThat(
            HttpConnection.read(
                stream("HTTP/1.1 200 \r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"),
                new byte[8]))
        .isEqualTo(new HttpConnection.Response(200, 2, true));
    assertThat(HttpConnection.read(stream("HTTP/1.0 200 OK\r\n\r\nuntil the end"), new byte[8]))
        .isEqualTo(new HttpConnection.Response(200, 13, true));
    assertThat(
            HttpConnection.read(
                stream("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n"),
                new byte[8]))
        .isEqualTo(new HttpConnection.Response(200, 0, false));
  }

  @Test
  void skipsInterimResponses() throws IOException {
    InputStream in =
        stream("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 \r\nContent-Length: 1\r\n\r\nx");
    assertThat(HttpConnection.read(in, new byte[8]))
        .isEqualTo(new HttpConnection.Response(201, 1, false));
  }

  @Test
  void failsOnABodyCutShort() {
    assertThatThrownBy(
            () ->
                HttpConnection.read(
                    stream("HTTP/1.1 200 \r\nContent-Length: 10\r\n\r\nshort"), new byte[8]))
        .isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> HttpConnection.read(stream(""), new byte[8]))
        .isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> HttpConnection.read(stream("SSH-2.0-OpenSSH\r\n"), new byte[8]))
        .isInstanceOf(IOException.class);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
