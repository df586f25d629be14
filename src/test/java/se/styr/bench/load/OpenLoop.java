package se.styr.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The open loop both generators run ({@link LoadGenerator}, {@link SessionLoad}): one slot every
 * 1/rate seconds on a queue whether or not earlier requests have been answered, taken by one worker
 * per keep-alive connection; a slot's latency counts from when it was due. Slots still queued when
 * the run and its drain time are over are never sent (the server fell too far behind) and counted
 * as dropped.
 */
final class OpenLoop {
  /** What one worker sends for a slot, and where it notes the outcome. */
  interface Requests {
    HttpConnection.Response send(HttpConnection connection, long slot)
        throws IOException, InterruptedException;

    /** A measured slot answered: latency from when it was due, service time from sending. */
    void answered(
        long slot, HttpConnection.Response response, long latency, long service, long done);

    /** A measured slot whose request failed (the connection cut, a timeout). */
    void failed(long slot, Exception e);

    /** A measured slot never sent. */
    void dropped(long slot);

    /** A warm-up slot done, failed or not. */
    void warmup(boolean failed);
  }

  /** When measuring began, how many connections were made, the scheduler's worst lag. */
  record Run(long measureStart, long connects, long lag) {}

  private record Slot(long intended, long number, boolean measured) {}

  private static final Slot END = new Slot(0, -1, false);

  private final double rate;
  private final long drainNanos;
  private final BlockingQueue<Slot> queue = new LinkedBlockingQueue<>();
  private final AtomicLong connects = new AtomicLong();
  private volatile long dropAfter = Long.MAX_VALUE;

  OpenLoop(double rate, long drainNanos) {
    this.rate = rate;
    this.drainNanos = drainNanos;
  }

  /**
   * Runs {@code warmupNanos} of slots not counted and then {@code durationNanos} measured against
   * {@code target}, one worker (threads named {@code name}-n) per element of {@code workers}.
   */
  Run run(
      String name,
      URI target,
      long timeoutNanos,
      List<Requests> workers,
      long warmupNanos,
      long durationNanos)
      throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    CountDownLatch connected = new CountDownLatch(workers.size());
    for (int w = 0; w < workers.size(); w++) {
      Requests requests = workers.get(w);
      HttpConnection connection =
          new HttpConnection(
              target.getHost(),
              target.getPort() < 0 ? 80 : target.getPort(),
              (int) TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
      Thread thread = new Thread(() -> work(connection, requests, connected), name + "-" + w);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    connected.await();
    long warmupSlots = LoadGenerator.slotsWithin(warmupNanos, rate);
    long totalSlots = warmupSlots + LoadGenerator.slotsWithin(durationNanos, rate);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    long lag = schedule(start, warmupSlots, totalSlots, workers.size());
    dropAfter = start + LoadGenerator.offsetNanos(totalSlots, rate) + drainNanos;
    for (Thread thread : threads) {
      thread.join();
    }
    return new Run(start + LoadGenerator.offsetNanos(warmupSlots, rate), connects.get(), lag);
  }

  /**
   * CPU time of this process so far, to tell whether the generator itself was short of CPU; -1 if
   * unknown.
   */
  static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : -1;
  }

  /**
   * Emits every slot at its time and then one END per worker; returns how late the latest emission
   * was.
   */
  private long schedule(long start, long warmupSlots, long totalSlots, int workers) {
    long maxLag = 0;
    for (long i = 0; i < totalSlots; i++) {
      long due = start + LoadGenerator.offsetNanos(i, rate);
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      maxLag = Math.max(maxLag, System.nanoTime() - due);
      queue.add(new Slot(due, i, i >= warmupSlots));
    }
    for (int w = 0; w < workers; w++) {
      queue.add(END);
    }
    return maxLag;
  }

  private void work(HttpConnection connection, Requests requests, CountDownLatch connected) {
    try {
      connection.open();
    } catch (IOException e) {
      // The first request reports it.
    }
    connected.countDown();
    try {
      for (Slot slot = queue.take(); slot != END; slot = queue.take()) {
        if (System.nanoTime() > dropAfter) {
          if (slot.measured()) {
            requests.dropped(slot.number());
          }
          continue;
        }
        long sent = System.nanoTime();
        try {
          HttpConnection.Response response = requests.send(connection, slot.number());
          long done = System.nanoTime();
          if (slot.measured()) {
            requests.answered(slot.number(), response, done - slot.intended(), done - sent, done);
          } else {
            requests.warmup(response.status() / 100 != 2);
          }
        } catch (IOException | RuntimeException e) {
          if (slot.measured()) {
            requests.failed(slot.number(), e);
          } else {
            requests.warmup(true);
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
}
