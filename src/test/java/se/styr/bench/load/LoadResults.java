package se.styr.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run measured, per URL and overall. Each worker records into its own {@link Recorder}
 * (no locks on the measured path); the recorders are merged once the run is over.
 */
public final class LoadResults {
  private static final double[] PERCENTILES = {50, 90, 95, 99, 99.9};

  /**
   * The value below or at which {@code percentile} % of the sorted values lie (nearest rank); 0 if
   * there are none.
   */
  public static long percentile(long[] sorted, double percentile) {
    if (percentile <= 0 || percentile > 100) {
      throw new IllegalArgumentException("percentile " + percentile + " is not in (0, 100]");
    }
    if (sorted.length == 0) {
      return 0;
    }
    // Nearest rank: the smallest value with at least p % of all values at or below it.
    long rank = (long) Math.ceil(percentile / 100 * sorted.length - 1e-9);
    return sorted[(int) Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  /** A growable array of longs, so that every latency is kept without boxing. */
  static final class Longs {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void addAll(Longs other) {
      for (int i = 0; i < other.size; i++) {
        add(other.values[i]);
      }
    }

    long[] sorted() {
      long[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }

  /** Counts and latencies of one URL. */
  static final class Tally {
    final Longs latencies = new Longs();
    final Longs serviceTimes = new Longs();
    final Map<Integer, Long> statuses = new TreeMap<>();
    final Map<String, Long> errorMessages = new TreeMap<>();
    long errors;
    long dropped;
    long bytes;

    void add(Tally other) {
      latencies.addAll(other.latencies);
      serviceTimes.addAll(other.serviceTimes);
      other.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
      other.errorMessages.forEach((message, n) -> errorMessages.merge(message, n, Long::sum));
      errors += other.errors;
      dropped += other.dropped;
      bytes += other.bytes;
    }

    long responses() {
      return latencies.size;
    }

    long non2xx() {
      return statuses.entrySet().stream()
          .filter(e -> e.getKey() / 100 != 2)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    long failures() {
      return errors + dropped + non2xx();
    }
  }

  /** One worker's measurements; only that worker writes to it. */
  public static final class Recorder {
    private final Tally[] tallies;
    private long warmupRequests;
    private long warmupFailures;
    private long lastResponse;

    Recorder(int urls) {
      tallies = new Tally[urls];
      for (int i = 0; i < urls; i++) {
        tallies[i] = new Tally();
      }
    }

    void response(int url, int status, long latency, long serviceTime, long bytes, long at) {
      Tally tally = tallies[url];
      tally.latencies.add(latency);
      tally.serviceTimes.add(serviceTime);
      tally.statuses.merge(status, 1L, Long::sum);
      tally.bytes += bytes;
      lastResponse = Math.max(lastResponse, at);
    }

    void error(int url, Exception e) {
      tallies[url].errors++;
      tallies[url].errorMessages.merge(
          e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
    }

    void dropped(int url) {
      tallies[url].dropped++;
    }

    void warmup(boolean failed) {
      warmupRequests++;
      if (failed) {
        warmupFailures++;
      }
    }
  }

  /** How the run was set up, as the report states it. */
  public record Setup(
      double rate,
      int connections,
      long durationNanos,
      long warmupNanos,
      Double p99LimitMs,
      String note) {}

  private final Setup setup;
  private final List<String> urls;
  private final Tally[] perUrl;
  private final Tally all = new Tally();
  private final long measuredNanos;
  private final long connects;
  private final long schedulerLagNanos;
  private final long warmupRequests;
  private final long warmupFailures;
  private final long cpuNanos;

  /**
   * Merges the workers' recorders. The achieved rate counts the responses to measured slots over
   * the time from the first measured slot to the last response.
   */
  LoadResults(
      Setup setup,
      List<String> urls,
      List<Recorder> recorders,
      long measureStart,
      long connects,
      long schedulerLagNanos,
      long cpuNanos) {
    this.setup = setup;
    this.urls = List.copyOf(urls);
    this.perUrl = new Tally[urls.size()];
    long last = measureStart;
    long warmup = 0;
    long warmupFailed = 0;
    for (int u = 0; u < urls.size(); u++) {
      perUrl[u] = new Tally();
      for (Recorder recorder : recorders) {
        perUrl[u].add(recorder.tallies[u]);
      }
      all.add(perUrl[u]);
    }
    for (Recorder recorder : recorders) {
      last = Math.max(last, recorder.lastResponse);
      warmup += recorder.warmupRequests;
      warmupFailed += recorder.warmupFailures;
    }
    this.measuredNanos = Math.max(last - measureStart, setup.durationNanos());
    this.connects = connects;
    this.schedulerLagNanos = schedulerLagNanos;
    this.warmupRequests = warmup;
    this.warmupFailures = warmupFailed;
    this.cpuNanos = cpuNanos;
  }

  public double achievedRate() {
    return all.responses() * 1e9 / measuredNanos;
  }

  public long failures() {
    return all.failures();
  }

  /** The overall latency (from intended start) at {@code percentile}, in ms. */
  public double latencyMs(double percentile) {
    return ms(percentile(all.latencies.sorted(), percentile));
  }

  /** The overall highest latency in ms; 0 without responses. */
  public double maxMs() {
    long[] sorted = all.latencies.sorted();
    return sorted.length == 0 ? 0 : ms(sorted[sorted.length - 1]);
  }

  /** Requests of the measured run: answered, failed without an answer, and never sent. */
  public long requests() {
    return all.responses() + all.errors + all.dropped;
  }

  /** Requests that failed without an answer: I/O errors, time-outs. */
  public long errors() {
    return all.errors;
  }

  /** Requests never sent: still waiting for a connection when the run was over. */
  public long dropped() {
    return all.dropped;
  }

  /** The statuses of the measured run's answers and how many of each. */
  public Map<Integer, Long> statuses() {
    return java.util.Collections.unmodifiableMap(all.statuses);
  }

  public double p99Ms() {
    return ms(percentile(all.latencies.sorted(), 99));
  }

  /** Met when nothing failed and the overall p99 is within the limit, if one was given. */
  public boolean passed() {
    return all.responses() > 0
        && failures() == 0
        && (setup.p99LimitMs() == null || p99Ms() <= setup.p99LimitMs());
  }

  public String json() {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"setup\": {\"rate\": ")
        .append(number(setup.rate()))
        .append(", \"connections\": ")
        .append(setup.connections())
        .append(", \"durationSeconds\": ")
        .append(number(setup.durationNanos() / 1e9))
        .append(", \"warmupSeconds\": ")
        .append(number(setup.warmupNanos() / 1e9))
        .append(", \"p99LimitMs\": ")
        .append(setup.p99LimitMs() == null ? "null" : number(setup.p99LimitMs()))
        .append(", \"note\": ")
        .append(setup.note() == null ? "null" : string(setup.note()))
        .append("},\n");
    json.append("  \"achievedRate\": ").append(number(achievedRate())).append(",\n");
    json.append("  \"passed\": ").append(passed()).append(",\n");
    json.append("  \"connects\": ").append(connects).append(",\n");
    json.append("  \"schedulerLagMaxMs\": ").append(number(ms(schedulerLagNanos))).append(",\n");
    json.append("  \"generatorCpuSeconds\": ").append(number(cpuNanos / 1e9)).append(",\n");
    json.append("  \"warmup\": {\"requests\": ")
        .append(warmupRequests)
        .append(", \"failures\": ")
        .append(warmupFailures)
        .append("},\n");
    json.append("  \"overall\": ");
    tallyJson(json, all, "  ");
    json.append(",\n  \"urls\": [");
    for (int u = 0; u < urls.size(); u++) {
      json.append(u == 0 ? "\n" : ",\n")
          .append("    {\"url\": ")
          .append(string(urls.get(u)))
          .append(", \"stats\": ");
      tallyJson(json, perUrl[u], "    ");
      json.append("}");
    }
    return json.append("\n  ]\n}\n").toString();
  }

  private void tallyJson(StringBuilder json, Tally tally, String indent) {
    json.append("{\"requests\": ")
        .append(tally.responses() + tally.errors + tally.dropped)
        .append(", \"responses\": ")
        .append(tally.responses())
        .append(", \"errors\": ")
        .append(tally.errors)
        .append(", \"dropped\": ")
        .append(tally.dropped)
        .append(", \"non2xx\": ")
        .append(tally.non2xx())
        .append(", \"rate\": ")
        .append(number(tally.responses() * 1e9 / measuredNanos))
        .append(", \"meanBytes\": ")
        .append(tally.responses() == 0 ? 0 : tally.bytes / tally.responses())
        .append(",\n")
        .append(indent)
        .append("  \"statuses\": {");
    String separator = "";
    for (Map.Entry<Integer, Long> status : tally.statuses.entrySet()) {
      json.append(separator)
          .append('"')
          .append(status.getKey())
          .append("\": ")
          .append(status.getValue());
      separator = ", ";
    }
    json.append("},\n").append(indent).append("  \"latencyMs\": ");
    percentilesJson(json, tally.latencies.sorted());
    json.append(",\n").append(indent).append("  \"serviceTimeMs\": ");
    percentilesJson(json, tally.serviceTimes.sorted());
    json.append(",\n").append(indent).append("  \"errorMessages\": {");
    separator = "";
    for (Map.Entry<String, Long> message : tally.errorMessages.entrySet()) {
      json.append(separator)
          .append(string(message.getKey()))
          .append(": ")
          .append(message.getValue());
      separator = ", ";
    }
    json.append("}}");
  }

  private static void percentilesJson(StringBuilder json, long[] sorted) {
    json.append('{');
    for (double p : PERCENTILES) {
      json.append("\"p")
          .append(p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p))
          .append("\": ")
          .append(number(ms(percentile(sorted, p))))
          .append(", ");
    }
    json.append("\"max\": ")
        .append(number(ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1])))
        .append('}');
  }

  /**
   * A table for people: one line per URL and one for all, latencies in ms from each slot's intended
   * start.
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "%s requests/s intended, %d connections, %s s measured after %s s warm-up%s%n",
            number(setup.rate()),
            setup.connections(),
            number(setup.durationNanos() / 1e9),
            number(setup.warmupNanos() / 1e9),
            setup.note() == null ? "" : " (" + setup.note() + ")"));
    text.append(
        String.format(
            Locale.ROOT,
            "achieved %.1f requests/s; %d responses, %d errors, %d dropped, statuses %s%n"
                + "%d connects; scheduler lag max %.1f ms; the generator used %.1f s of CPU%n",
            achievedRate(),
            all.responses(),
            all.errors,
            all.dropped,
            all.statuses,
            connects,
            ms(schedulerLagNanos),
            cpuNanos / 1e9));
    text.append(
        String.format(
            Locale.ROOT,
            "%-50s %8s %6s %8s %8s %8s %8s %8s%n",
            "latency in ms from intended start",
            "requests",
            "failed",
            "p50",
            "p90",
            "p99",
            "p99.9",
            "max"));
    List<String> names = new ArrayList<>(urls);
    names.add("all");
    List<Tally> tallies = new ArrayList<>(Arrays.asList(perUrl));
    tallies.add(all);
    for (int i = 0; i < names.size(); i++) {
      row(text, names.get(i), tallies.get(i), tallies.get(i).latencies.sorted());
    }
    row(text, "all, service time (from sending)", all, all.serviceTimes.sorted());
    Map<String, Long> messages = new LinkedHashMap<>(all.errorMessages);
    messages.forEach(
        (message, n) -> text.append("  ").append(n).append(" × ").append(message).append('\n'));
    if (warmupRequests > 0) {
      text.append(
          String.format(
              Locale.ROOT,
              "warm-up (not in the figures): %d requests, %d failed%n",
              warmupRequests,
              warmupFailures));
    }
    if (all.responses() == 0) {
      text.append("no responses: nothing to measure\n");
    } else if (setup.p99LimitMs() != null) {
      text.append(
          String.format(
              Locale.ROOT,
              "p99 %.2f ms against the limit of %s ms: %s%n",
              p99Ms(),
              number(setup.p99LimitMs()),
              p99Ms() <= setup.p99LimitMs() ? "met" : "NOT met"));
    }
    return text.toString();
  }

  private static void row(StringBuilder text, String name, Tally tally, long[] sorted) {
    String shown = name.length() > 50 ? "…" + name.substring(name.length() - 49) : name;
    text.append(
        String.format(
            Locale.ROOT,
            "%-50s %8d %6d %8.2f %8.2f %8.2f %8.2f %8.2f%n",
            shown,
            tally.responses() + tally.errors + tally.dropped,
            tally.failures(),
            ms(percentile(sorted, 50)),
            ms(percentile(sorted, 90)),
            ms(percentile(sorted, 99)),
            ms(percentile(sorted, 99.9)),
            ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1])));
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String string(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
