package se.styr.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

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

  /** A request to send at {@code intended} (System.nanoTime) to URL number {@code url}. */
  private record Slot(long intended, int url, boolean measured) {}

  private static final Slot END = new Slot(0, -1, false);

  private final Options options;
  private final BlockingQueue<Slot> queue = new LinkedBlockingQueue<>();
  private final AtomicLong connects = new AtomicLong();
  private volatile long dropAfter = Long.MAX_VALUE;

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
    int n = options.connections();
    List<LoadResults.Recorder> recorders = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    CountDownLatch connected = new CountDownLatch(n);
    URI first = options.urls().get(0);
    List<byte[]> requests =
        options.urls().stream().map(u -> HttpConnection.get(u, options.headers())).toList();
    for (int w = 0; w < n; w++) {
      LoadResults.Recorder recorder = new LoadResults.Recorder(options.urls().size());
      recorders.add(recorder);
      HttpConnection connection =
          new HttpConnection(
              first.getHost(),
              first.getPort() < 0 ? 80 : first.getPort(),
              (int) TimeUnit.NANOSECONDS.toMillis(options.timeoutNanos()));
      Thread worker =
          new Thread(() -> work(connection, requests, recorder, connected), "load-worker-" + w);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    connected.await();
    long warmupSlots = slotsWithin(options.warmupNanos(), options.rate());
    long totalSlots = warmupSlots + slotsWithin(options.durationNanos(), options.rate());
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    long lag = schedule(start, warmupSlots, totalSlots);
    dropAfter = start + offsetNanos(totalSlots, options.rate()) + options.drainNanos();
    for (Thread worker : workers) {
      worker.join();
    }
    LoadResults.Setup setup =
        new LoadResults.Setup(
            options.rate(),
            n,
            options.durationNanos(),
            options.warmupNanos(),
            options.p99LimitMs(),
            options.note());
    return new LoadResults(
        setup,
        options.urls().stream().map(URI::toString).toList(),
        recorders,
        start + offsetNanos(warmupSlots, options.rate()),
        connects.get(),
        lag,
        cpuNanos());
  }

  /**
   * CPU time of this process so far, to tell whether the generator itself was short of CPU; -1 if
   * unknown.
   */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : -1;
  }

  /**
   * Emits every slot at its time and then one END per worker; returns how late the latest emission
   * was.
   */
  private long schedule(long start, long warmupSlots, long totalSlots) {
    long maxLag = 0;
    int urls = options.urls().size();
    for (long i = 0; i < totalSlots; i++) {
      long due = start + offsetNanos(i, options.rate());
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      maxLag = Math.max(maxLag, System.nanoTime() - due);
      queue.add(new Slot(due, (int) (i % urls), i >= warmupSlots));
    }
    for (int w = 0; w < options.connections(); w++) {
      queue.add(END);
    }
    return maxLag;
  }

  private void work(
      HttpConnection connection,
      List<byte[]> requests,
      LoadResults.Recorder recorder,
      CountDownLatch connected) {
    try {
      connection.open();
    } catch (IOException e) {
      // The first request reports it.
    }
    connected.countDown();
    try {
      for (Slot slot = queue.take(); slot != END; slot = queue.take()) {
        if (System.nanoTime() > dropAfter) {
          // The run is over and this slot was never sent: the server fell too far behind.
          if (slot.measured()) {
            recorder.dropped(slot.url());
          }
          continue;
        }
        long sent = System.nanoTime();
        try {
          HttpConnection.Response response = connection.send(requests.get(slot.url()));
          long done = System.nanoTime();
          if (slot.measured()) {
            recorder.response(
                slot.url(),
                response.status(),
                done - slot.intended(),
                done - sent,
                response.bodyBytes(),
                done);
          } else {
            recorder.warmup(response.status() / 100 != 2);
          }
        } catch (IOException | RuntimeException e) {
          if (slot.measured()) {
            recorder.error(slot.url(), e);
          } else {
            recorder.warmup(true);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      connection.close();
      connects.addAndGet(connection.connects());
    }
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
