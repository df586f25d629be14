package se.styr.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An open-loop, constant-rate HTTP/1.1 load generator (plain JDK, no Spring). A scheduler thread
 * puts one request slot on a queue every 1/rate seconds whether or not earlier requests have been
 * answered; N workers, each owning one keep-alive connection, take slots and send them. Latency is
 * measured from a slot's intended start, so the time a request waits for a free connection counts
 * (no coordinated omission): a server that stalls for a second shows a second of latency on every
 * request scheduled in that second, not on one.
 *
 * <pre>
 * java -cp target/test-classes se.styr.bench.load.LoadGenerator --rate 500 --connections 50 \
 *     --duration 30s --warmup 5s --out target/load.json [--p99-ms 50] URL... | @FILE
 * </pre>
 *
 * Exit status 0 when every request got a 2xx within the run and the p99 is within --p99-ms, 1 when
 * not, 2 for bad arguments. See bench/README.md.
 */
public final class LoadGenerator {
  static final String USAGE =
      """
      usage: LoadGenerator [--rate 500] [--connections 50] [--duration 30s] [--warmup 5s] [--timeout 10s]
                           [--drain 10s] [--out target/load.json] [--p99-ms LIMIT] [--header 'Name: value']...
                           [--note TEXT] URL... | @FILE
        Requests rotate through the URLs (http only, one host and port); @FILE holds one URL a line.
        Durations: 30s, 500ms, 2m, or plain seconds.\
      """;

  /** What to run, as given on the command line. */
  record Options(
      double rate,
      int connections,
      long durationNanos,
      long warmupNanos,
      long timeoutNanos,
      long drainNanos,
      Path out,
      Double p99LimitMs,
      List<String> headers,
      String note,
      List<URI> urls) {}

  private final Options options;

  LoadGenerator(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    LoadResults results = new LoadGenerator(options).run();
    System.out.print(results.summary());
    writeFigures(options.out(), results.json());
    System.exit(results.passed() ? 0 : 1);
  }

  /** Writes a run's figures (JSON) to {@code out}, making its folder; nothing when out is null. */
  static void writeFigures(Path out, String json) throws IOException {
    if (out == null) {
      return;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, json, StandardCharsets.UTF_8);
    System.out.println("written to " + out);
  }

  /** The offset from the start of the run at which slot {@code slot} is due. */
  public static long offsetNanos(long slot, double rate) {
    return Math.round(slot * 1e9 / rate);
  }

  /** How many slots fall within {@code nanos} from the start, the first being due at once. */
  public static long slotsWithin(long nanos, double rate) {
    return (long) Math.ceil(nanos * rate / 1e9 - 1e-9);
  }

  /** A duration such as 30s, 500ms, 2m or 30 (seconds), in nanoseconds. */
  public static long nanos(String text) {
    String t = text.trim();
    try {
      if (t.endsWith("ms")) {
        return TimeUnit.MILLISECONDS.toNanos(Long.parseLong(t.substring(0, t.length() - 2)));
      } else if (t.endsWith("s")) {
        return Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1e9);
      } else if (t.endsWith("m")) {
        return TimeUnit.MINUTES.toNanos(Long.parseLong(t.substring(0, t.length() - 1)));
      }
      return Math.round(Double.parseDouble(t) * 1e9);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a duration: " + text);
    }
  }

  LoadResults run() throws InterruptedException {
    int urls = options.urls().size();
    List<byte[]> requests =
        options.urls().stream().map(u -> HttpConnection.get(u, options.headers())).toList();
    List<LoadResults.Recorder> recorders = new ArrayList<>();
    List<OpenLoop.Requests> workers = new ArrayList<>();
    for (int w = 0; w < options.connections(); w++) {
      LoadResults.Recorder recorder = new LoadResults.Recorder(urls);
      recorders.add(recorder);
      workers.add(
          new OpenLoop.Requests() {
            @Override
            public HttpConnection.Response send(HttpConnection connection, long slot)
                throws IOException {
              return connection.send(requests.get(url(slot)));
            }

            @Override
            public void answered(
                long slot,
                HttpConnection.Response response,
                long latency,
                long service,
                long done) {
              recorder.response(
                  url(slot), response.status(), latency, service, response.bodyBytes(), done);
            }

            @Override
            public void failed(long slot, Exception e) {
              recorder.error(url(slot), e);
            }

            @Override
            public void dropped(long slot) {
              recorder.dropped(url(slot));
            }

            @Override
            public void warmup(boolean failed) {
              recorder.warmup(failed);
            }

            private int url(long slot) {
              return (int) (slot % urls);
            }
          });
    }
    OpenLoop.Run run =
        new OpenLoop(options.rate(), options.drainNanos())
            .run(
                "load-worker",
                options.urls().get(0),
                options.timeoutNanos(),
                workers,
                options.warmupNanos(),
                options.durationNanos());
    LoadResults.Setup setup =
        new LoadResults.Setup(
            options.rate(),
            options.connections(),
            options.durationNanos(),
            options.warmupNanos(),
            options.p99LimitMs(),
            options.note());
    return new LoadResults(
        setup,
        options.urls().stream().map(URI::toString).toList(),
        recorders,
        run.measureStart(),
        run.connects(),
        run.lag(),
        OpenLoop.cpuNanos());
  }

  static Options parse(String[] args) throws IOException {
    double rate = 500;
    int connections = 50;
    long duration = nanos("30s");
    long warmup = nanos("5s");
    long timeout = nanos("10s");
    long drain = nanos("10s");
    Path out = null;
    Double p99 = null;
    String note = null;
    List<String> headers = new ArrayList<>();
    List<URI> urls = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--") && i + 1 >= args.length) {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      switch (arg) {
        case "--rate" -> rate = Double.parseDouble(args[++i]);
        case "--connections" -> connections = Integer.parseInt(args[++i]);
        case "--duration" -> duration = nanos(args[++i]);
        case "--warmup" -> warmup = nanos(args[++i]);
        case "--timeout" -> timeout = nanos(args[++i]);
        case "--drain" -> drain = nanos(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--p99-ms" -> p99 = Double.parseDouble(args[++i]);
        case "--header" -> headers.add(args[++i]);
        case "--note" -> note = args[++i];
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          } else if (arg.startsWith("@")) {
            for (String line : Files.readAllLines(Path.of(arg.substring(1)))) {
              if (!line.isBlank() && !line.strip().startsWith("#")) {
                urls.add(url(line.strip()));
              }
            }
          } else {
            urls.add(url(arg));
          }
        }
      }
    }
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no URLs given");
    }
    if (rate <= 0 || connections <= 0 || duration <= 0 || warmup < 0 || timeout <= 0) {
      throw new IllegalArgumentException(
          "rate, connections, duration and timeout must be positive");
    }
    for (URI url : urls) {
      if (!url.getRawAuthority().equals(urls.get(0).getRawAuthority())) {
        throw new IllegalArgumentException("every URL must have the same host and port: " + url);
      }
    }
    return new Options(
        rate,
        connections,
        duration,
        warmup,
        timeout,
        drain,
        out,
        p99,
        List.copyOf(headers),
        note,
        List.copyOf(urls));
  }

  private static URI url(String text) {
    URI uri = URI.create(text);
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http:// URL: " + text);
    }
    return uri;
  }
}
