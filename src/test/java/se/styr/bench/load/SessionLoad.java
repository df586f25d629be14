package se.styr.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An open-loop, constant-rate mix of signed-in reads and writes (plain JDK, no Spring), the sibling
 * of {@link LoadGenerator}: the same scheduler, queue and workers with one keep-alive connection
 * each, and latency from each slot's intended start. What differs:
 *
 * <ul>
 *   <li>each virtual user is a signed-in session of its own (its cookie and CSRF token, from {@code
 *       --sessions}), sent with each of its requests;
 *   <li>a share of the slots ({@code --write-share}, spread evenly: 0.2 is every fifth) are writes;
 *       the others are GETs rotating through {@code --reads}, each by the next user in turn;
 *   <li>a write goes to the next target of {@code --writes} in turn and is made by the user that
 *       target names: a PUT with the session's CSRF header, If-Match with the lock version (ETag)
 *       that user last got for the target's lock, and the target's JSON body with {@code {n}}
 *       replaced by a digit that changes from write to write. A user's writes take turns (a write
 *       due while that user's previous one is in flight waits, and the wait counts), so each user
 *       always holds the ETag of its own latest write. A user without a known ETag for a lock (its
 *       first write, or after a write that failed, which may or may not have been stored) first
 *       reads the lock's address again, as a page does after an error; that GET is part of the
 *       write's time.
 * </ul>
 *
 * <pre>
 * java -cp target/test-classes se.styr.bench.load.SessionLoad --base http://127.0.0.1:18080 \
 *     --sessions FILE --reads FILE --writes FILE [--write-share 0.2] [--rate 200] [--connections 50] \
 *     [--duration 30s] [--warmup 5s] [--timeout 10s] [--drain 10s] [--p99-ms 100] [--out FILE]
 * </pre>
 *
 * Files: sessions, one a line: {@code Cookie-value TAB csrf-header-name TAB csrf-token}; reads, one
 * path a line; writes, one target a line: {@code user TAB label TAB lock-path TAB put-path TAB
 * body}, the user being a line number (from 0) of the sessions file. Lines starting with # are
 * skipped. Exit status 0 when every request got a 2xx and the p99 of all is within --p99-ms, 1 when
 * not, 2 for bad arguments. See bench/README.md (bench/cluster-load.sh).
 */
public final class SessionLoad {
  static final String USAGE =
      """
      usage: SessionLoad --base http://HOST:PORT --sessions FILE --reads FILE --writes FILE
                         [--write-share 0.2] [--rate 200] [--connections 50] [--duration 30s]
                         [--warmup 5s] [--timeout 10s] [--drain 10s] [--out FILE] [--p99-ms LIMIT]
                         [--note TEXT]
        sessions: "cookie TAB csrf-header TAB csrf-token" a line; reads: a path a line;
        writes: "user TAB label TAB lock-path TAB put-path TAB json-body-with-{n}" a line.\
      """;

  /** A signed-in session: its cookie (name=value) and the CSRF header its writes carry. */
  public record Session(String cookie, String csrfHeader, String csrfToken) {}

  /**
   * A write: made by user {@code user}, reported under {@code label}, If-Match from the ETag of
   * {@code lockPath}, a PUT of {@code body} (with {n} replaced) to {@code putPath}.
   */
  public record WriteTarget(int user, String label, String lockPath, String putPath, String body) {}

  /** What to run, as given on the command line. */
  public record Options(
      URI base,
      double rate,
      int connections,
      long durationNanos,
      long warmupNanos,
      long timeoutNanos,
      long drainNanos,
      double writeShare,
      Path out,
      Double p99LimitMs,
      String note,
      List<Session> sessions,
      List<String> reads,
      List<WriteTarget> writes) {}

  /** What a slot is: a read (of read path {@code index}) or a write (to target {@code index}). */
  public record Pick(boolean write, int index, int user) {}

  /** One virtual user: its session, and the ETag it last got for each lock address. */
  private static final class User {
    final Session session;
    final ReentrantLock writing = new ReentrantLock();
    final Map<String, String> etags = new HashMap<>();

    User(Session session) {
      this.session = session;
    }
  }

  private final Options options;
  private final List<User> users;
  private final List<String> labels;
  private final List<String> writeLabels;
  private final long[] writesPerTarget;

  SessionLoad(Options options) {
    this.options = options;
    this.users = options.sessions().stream().map(User::new).toList();
    this.writeLabels = options.writes().stream().map(WriteTarget::label).distinct().toList();
    List<String> all = new ArrayList<>();
    options.reads().forEach(r -> all.add("GET " + r));
    writeLabels.forEach(all::add);
    this.labels = List.copyOf(all);
    this.writesPerTarget = new long[options.writes().size()];
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
    Outcome outcome = new SessionLoad(options).run();
    System.out.print(outcome.summary());
    LoadGenerator.writeFigures(options.out(), outcome.json());
    System.exit(outcome.passed() ? 0 : 1);
  }

  /** Whether slot {@code slot} is a write: the writes spread evenly, {@code share} of all slots. */
  public static boolean isWrite(long slot, double share) {
    return writesBefore(slot + 1, share) > writesBefore(slot, share);
  }

  /** How many of the slots before slot {@code slot} are writes. */
  public static long writesBefore(long slot, double share) {
    return (long) Math.floor(slot * share + 1e-9);
  }

  /**
   * What slot {@code slot} does: the n-th read reads path n mod reads as user n mod users; the n-th
   * write goes to target n mod targets, made by the target's user.
   */
  public static Pick pick(long slot, double share, int reads, int users, List<WriteTarget> writes) {
    long writesBefore = writesBefore(slot, share);
    if (isWrite(slot, share) && !writes.isEmpty()) {
      int target = (int) (writesBefore % writes.size());
      return new Pick(true, target, writes.get(target).user());
    }
    long read = slot - writesBefore;
    return new Pick(false, (int) (read % reads), (int) (read % users));
  }

  /** A write's body: {n} replaced by the last digit of how many writes the target had before. */
  public static String body(String template, long count) {
    return template.replace("{n}", String.valueOf(count % 10));
  }

  /** A sessions line: cookie, CSRF header name and token, separated by tabs. */
  public static Session session(String line) {
    String[] parts = line.split("\t", -1);
    if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
      throw new IllegalArgumentException(
          "a session is \"cookie TAB csrf-header TAB csrf-token\": " + line);
    }
    return new Session(parts[0].strip(), parts[1].strip(), parts[2].strip());
  }

  /** A writes line: user, label, lock path, put path and body, separated by tabs. */
  public static WriteTarget writeTarget(String line, int users) {
    String[] parts = line.split("\t", 5);
    if (parts.length != 5) {
      throw new IllegalArgumentException(
          "a write is \"user TAB label TAB lock-path TAB put-path TAB body\": " + line);
    }
    int user;
    try {
      user = Integer.parseInt(parts[0].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a user number: " + parts[0]);
    }
    if (user < 0 || user >= users) {
      throw new IllegalArgumentException(
          "user " + user + " of a write is not one of the " + users + " sessions");
    }
    for (int i = 2; i <= 3; i++) {
      if (!parts[i].startsWith("/")) {
        throw new IllegalArgumentException("not a path: " + parts[i]);
      }
    }
    return new WriteTarget(user, parts[1].strip(), parts[2], parts[3], parts[4].strip());
  }

  /** The lock version to send back: an ETag as given, or null when there is none. */
  public static String ifMatch(String etag) {
    return etag == null || etag.isBlank() ? null : etag.strip();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
        .toList();
  }

  public static Options parse(String[] args) throws IOException {
    URI base = null;
    double rate = 200;
    int connections = 50;
    long duration = LoadGenerator.nanos("30s");
    long warmup = LoadGenerator.nanos("5s");
    long timeout = LoadGenerator.nanos("10s");
    long drain = LoadGenerator.nanos("10s");
    double share = 0.2;
    Path out = null;
    Double p99 = null;
    String note = null;
    Path sessionsFile = null;
    Path readsFile = null;
    Path writesFile = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      String value = args[++i];
      switch (arg) {
        case "--base" -> base = URI.create(value);
        case "--rate" -> rate = Double.parseDouble(value);
        case "--connections" -> connections = Integer.parseInt(value);
        case "--duration" -> duration = LoadGenerator.nanos(value);
        case "--warmup" -> warmup = LoadGenerator.nanos(value);
        case "--timeout" -> timeout = LoadGenerator.nanos(value);
        case "--drain" -> drain = LoadGenerator.nanos(value);
        case "--write-share" -> share = Double.parseDouble(value);
        case "--out" -> out = Path.of(value);
        case "--p99-ms" -> p99 = Double.parseDouble(value);
        case "--note" -> note = value;
        case "--sessions" -> sessionsFile = Path.of(value);
        case "--reads" -> readsFile = Path.of(value);
        case "--writes" -> writesFile = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (base == null || !"http".equals(base.getScheme()) || base.getHost() == null) {
      throw new IllegalArgumentException("--base must be an http:// address");
    }
    if (sessionsFile == null || readsFile == null) {
      throw new IllegalArgumentException("--sessions and --reads are needed");
    }
    if (rate <= 0 || connections <= 0 || duration <= 0 || warmup < 0 || timeout <= 0) {
      throw new IllegalArgumentException(
          "rate, connections, duration and timeout must be positive");
    }
    if (share < 0 || share >= 1) {
      throw new IllegalArgumentException("--write-share must be at least 0 and below 1");
    }
    List<Session> sessions = lines(sessionsFile).stream().map(SessionLoad::session).toList();
    List<String> reads = lines(readsFile).stream().map(String::strip).toList();
    List<WriteTarget> writes =
        writesFile == null
            ? List.of()
            : lines(writesFile).stream().map(l -> writeTarget(l, sessions.size())).toList();
    if (sessions.isEmpty() || reads.isEmpty()) {
      throw new IllegalArgumentException("no sessions or no reads given");
    }
    if (share > 0 && writes.isEmpty()) {
      throw new IllegalArgumentException("--write-share above 0 needs --writes");
    }
    return new Options(
        base,
        rate,
        connections,
        duration,
        warmup,
        timeout,
        drain,
        share,
        out,
        p99,
        note,
        sessions,
        reads,
        writes);
  }

  /** One worker's measurements, in three views: every label, the reads, the writes. */
  private record Recorders(
      LoadResults.Recorder all, LoadResults.Recorder reads, LoadResults.Recorder writes) {}

  Outcome run() throws InterruptedException {
    List<Recorders> recorders = new ArrayList<>();
    List<OpenLoop.Requests> workers = new ArrayList<>();
    for (int w = 0; w < options.connections(); w++) {
      Recorders r =
          new Recorders(
              new LoadResults.Recorder(labels.size()),
              new LoadResults.Recorder(options.reads().size()),
              new LoadResults.Recorder(Math.max(1, writeLabels.size())));
      recorders.add(r);
      workers.add(new Worker(r));
    }
    OpenLoop.Run run =
        new OpenLoop(options.rate(), options.drainNanos())
            .run(
                "session-load",
                options.base(),
                options.timeoutNanos(),
                workers,
                options.warmupNanos(),
                options.durationNanos());
    long cpu = OpenLoop.cpuNanos();
    LoadResults.Setup setup =
        new LoadResults.Setup(
            options.rate(),
            options.connections(),
            options.durationNanos(),
            options.warmupNanos(),
            options.p99LimitMs(),
            options.note());
    LoadResults all =
        new LoadResults(
            setup,
            labels,
            recorders.stream().map(Recorders::all).toList(),
            run.measureStart(),
            run.connects(),
            run.lag(),
            cpu);
    LoadResults reads =
        new LoadResults(
            setup,
            options.reads().stream().map(r -> "GET " + r).toList(),
            recorders.stream().map(Recorders::reads).toList(),
            run.measureStart(),
            run.connects(),
            run.lag(),
            cpu);
    LoadResults writes =
        new LoadResults(
            setup,
            writeLabels.isEmpty() ? List.of("(no writes)") : writeLabels,
            recorders.stream().map(Recorders::writes).toList(),
            run.measureStart(),
            run.connects(),
            run.lag(),
            cpu);
    return new Outcome(options, all, reads, writes);
  }

  /**
   * One worker's slots: each a read or a write as {@link #pick} says, noted among all requests and
   * among the reads or the writes.
   */
  private final class Worker implements OpenLoop.Requests {
    private final Recorders recorders;

    Worker(Recorders recorders) {
      this.recorders = recorders;
    }

    private Pick pick(long slot) {
      return SessionLoad.pick(
          slot, options.writeShare(), options.reads().size(), users.size(), options.writes());
    }

    /** The pick's place among the reads, or among the writes' labels. */
    private int kindLabel(Pick pick) {
      return pick.write()
          ? writeLabels.indexOf(options.writes().get(pick.index()).label())
          : pick.index();
    }

    /** The pick's place among all labels (the reads first). */
    private int label(Pick pick) {
      return pick.write() ? options.reads().size() + kindLabel(pick) : pick.index();
    }

    private LoadResults.Recorder kind(Pick pick) {
      return pick.write() ? recorders.writes() : recorders.reads();
    }

    @Override
    public HttpConnection.Response send(HttpConnection connection, long slot)
        throws IOException, InterruptedException {
      Pick pick = pick(slot);
      return pick.write() ? write(connection, pick.index()) : read(connection, pick);
    }

    @Override
    public void answered(
        long slot, HttpConnection.Response response, long latency, long service, long done) {
      Pick pick = pick(slot);
      recorders
          .all()
          .response(label(pick), response.status(), latency, service, response.bodyBytes(), done);
      kind(pick)
          .response(
              kindLabel(pick), response.status(), latency, service, response.bodyBytes(), done);
    }

    @Override
    public void failed(long slot, Exception e) {
      Pick pick = pick(slot);
      recorders.all().error(label(pick), e);
      kind(pick).error(kindLabel(pick), e);
    }

    @Override
    public void dropped(long slot) {
      Pick pick = pick(slot);
      recorders.all().dropped(label(pick));
      kind(pick).dropped(kindLabel(pick));
    }

    @Override
    public void warmup(boolean failed) {
      recorders.all().warmup(failed);
    }
  }

  private HttpConnection.Response read(HttpConnection connection, Pick pick) throws IOException {
    Session session = users.get(pick.user()).session;
    return connection.send(
        HttpConnection.request(
            "GET",
            options.base().resolve(options.reads().get(pick.index())),
            List.of("Cookie: " + session.cookie()),
            null));
  }

  /**
   * A write as its target's user, after that user's previous write: the lock read first when the
   * user holds no ETag for it, then the PUT; the ETag of a 2xx kept, any other outcome forgotten.
   */
  private HttpConnection.Response write(HttpConnection connection, int index)
      throws IOException, InterruptedException {
    WriteTarget target = options.writes().get(index);
    User user = users.get(target.user());
    user.writing.lockInterruptibly();
    try {
      Session session = user.session;
      String etag = user.etags.get(target.lockPath());
      if (etag == null) {
        String[] got = new String[1];
        HttpConnection.Response lock =
            connection.send(
                HttpConnection.request(
                    "GET",
                    options.base().resolve(target.lockPath()),
                    List.of("Cookie: " + session.cookie()),
                    null),
                (name, value) -> {
                  if (name.equals("etag")) {
                    got[0] = value;
                  }
                });
        etag = ifMatch(got[0]);
        if (lock.status() / 100 != 2 || etag == null) {
          return lock; // reported as the write's outcome: it could not be made
        }
        user.etags.put(target.lockPath(), etag);
      }
      long count = writesPerTarget[index]++;
      String[] next = new String[1];
      HttpConnection.Response response;
      try {
        response =
            connection.send(
                HttpConnection.request(
                    "PUT",
                    options.base().resolve(target.putPath()),
                    List.of(
                        "Cookie: " + session.cookie(),
                        session.csrfHeader() + ": " + session.csrfToken(),
                        "If-Match: " + etag,
                        "Content-Type: application/json"),
                    body(target.body(), count).getBytes(StandardCharsets.UTF_8)),
                (name, value) -> {
                  if (name.equals("etag")) {
                    next[0] = value;
                  }
                });
      } catch (IOException | RuntimeException e) {
        // Stored or not, nobody can tell: the next write reads the lock again.
        user.etags.remove(target.lockPath());
        throw e;
      }
      if (response.status() / 100 == 2 && ifMatch(next[0]) != null) {
        user.etags.put(target.lockPath(), ifMatch(next[0]));
      } else {
        user.etags.remove(target.lockPath());
      }
      return response;
    } finally {
      user.writing.unlock();
    }
  }

  /** The run's figures: all requests, and the reads and the writes apart. */
  record Outcome(Options options, LoadResults all, LoadResults reads, LoadResults writes) {
    boolean passed() {
      return all.passed();
    }

    String summary() {
      StringBuilder text = new StringBuilder(all.summary());
      text.append(
          String.format(
              Locale.ROOT,
              "%d sessions, %.0f %% writes; latency in ms from intended start:%n"
                  + "%-8s %8s %6s %8s %8s %8s %8s %8s%n",
              options.sessions().size(),
              options.writeShare() * 100,
              "kind",
              "requests",
              "failed",
              "rate/s",
              "p50",
              "p95",
              "p99",
              "max"));
      kindRow(text, "reads", reads);
      kindRow(text, "writes", writes);
      kindRow(text, "all", all);
      return text.toString();
    }

    private static void kindRow(StringBuilder text, String name, LoadResults results) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-8s %8d %6d %8.1f %8.2f %8.2f %8.2f %8.2f   statuses %s, %d errors, %d dropped%n",
              name,
              results.requests(),
              results.failures(),
              results.achievedRate(),
              results.latencyMs(50),
              results.latencyMs(95),
              results.latencyMs(99),
              results.maxMs(),
              results.statuses(),
              results.errors(),
              results.dropped()));
    }

    String json() {
      Map<String, LoadResults> parts = new LinkedHashMap<>();
      parts.put("all", all);
      parts.put("reads", reads);
      parts.put("writes", writes);
      StringBuilder json = new StringBuilder("{\n");
      json.append("  \"mix\": {\"writeShare\": ")
          .append(options.writeShare())
          .append(", \"sessions\": ")
          .append(options.sessions().size())
          .append(", \"reads\": ")
          .append(options.reads().size())
          .append(", \"writeTargets\": ")
          .append(options.writes().size())
          .append("},\n  \"passed\": ")
          .append(passed());
      for (Map.Entry<String, LoadResults> part : parts.entrySet()) {
        LoadResults r = part.getValue();
        json.append(",\n  \"")
            .append(part.getKey())
            .append("\": {\"requests\": ")
            .append(r.requests())
            .append(", \"failed\": ")
            .append(r.failures())
            .append(", \"errors\": ")
            .append(r.errors())
            .append(", \"dropped\": ")
            .append(r.dropped())
            .append(", \"non2xx\": ")
            .append(r.failures() - r.errors() - r.dropped())
            .append(String.format(Locale.ROOT, ", \"p95Ms\": %.3f", r.latencyMs(95)))
            .append(", \"details\": ")
            .append(r.json().strip().replace("\n", "\n  "))
            .append('}');
      }
      return json.append("\n}\n").toString();
    }
  }
}
