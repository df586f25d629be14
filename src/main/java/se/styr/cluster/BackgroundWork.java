package se.styr.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Background work that must run on one node of the installation at a time: storing the demo data
 * and the first administrator at start-up, removing expired sessions, and what is scheduled later.
 * A node runs a job only while it holds the job's lease ({@link Leases}), renewing it every third
 * of {@link #LEASE}; a node that dies stops renewing, its lease runs out, and another node takes
 * the job over (work must therefore be safe to run again after being cut off, as all of Styr's is:
 * each step is one transaction and looks first at what is stored).
 */
@Component
public class BackgroundWork implements DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

  /** How long a lease lasts unless renewed: how soon another node takes over a dead one's job. */
  static final Duration LEASE = Duration.ofSeconds(30);

  private static final Duration POLL = Duration.ofMillis(250);

  private final Leases leases;
  private final String node;
  private final Duration lease;
  private final ScheduledExecutorService scheduler;

  @Autowired
  BackgroundWork(Leases leases) {
    this(leases, NodeName.get(), LEASE);
  }

  BackgroundWork(Leases leases, String node, Duration lease) {
    this.leases = leases;
    this.node = node;
    this.lease = lease;
    AtomicInteger threads = new AtomicInteger();
    this.scheduler =
        Executors.newScheduledThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "styr-background-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** This node's name in the lease rows. */
  public String node() {
    return node;
  }

  /**
   * Runs {@code work} on this node once no other node runs the job {@code job}, waiting for that
   * (at most {@code wait}), and answers what it made. Every node that asks runs the work in turn,
   * so the work must look at what is stored and do only what is still missing.
   *
   * @throws IllegalStateException when another node held the job for all of {@code wait}
   */
  public <T> T exclusively(String job, Duration wait, Callable<T> work) throws Exception {
    Instant deadline = Instant.now().plus(wait);
    while (!leases.take(job, node, lease, Duration.ZERO)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the background job "
                + job
                + " was held by another node for all of "
                + wait
                + ": "
                + leases.state(job).map(Leases.State::holder).orElse("?"));
      }
      Thread.sleep(POLL.toMillis());
    }
    return held(job, work);
  }

  /**
   * Start-up work (demo data, the first administrator) run {@link #exclusively} with ten minutes'
   * patience; a failure, or another node holding the job all that while, stops the start-up.
   */
  public void atStartUp(String job, Runnable work) {
    try {
      exclusively(
          job,
          Duration.ofMinutes(10),
          () -> {
            work.run();
            return null;
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the start-up job " + job, e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the start-up job " + job + " failed", e);
    }
  }

  /**
   * Runs {@code work} about every {@code period} on one node of the installation: each node asks
   * each period, and the one that takes the lease does the work unless another did it within half a
   * period. A failure is logged and the work is asked for again the next period.
   */
  public ScheduledFuture<?> every(String job, Duration period, Runnable work) {
    long millis = period.toMillis();
    return scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            if (leases.take(job, node, lease, period.dividedBy(2))) {
              held(
                  job,
                  () -> {
                    work.run();
                    return null;
                  });
            }
          } catch (Exception e) {
            LOG.warn(
                "background job {} failed on this node; asked for again in {}", job, period, e);
          }
        },
        ThreadLocalRandom.current().nextLong(millis / 4, millis / 2 + 1),
        millis,
        TimeUnit.MILLISECONDS);
  }

  /** Runs work while this node holds the job's lease, renewing it, and gives it back after. */
  private <T> T held(String job, Callable<T> work) throws Exception {
    long renewal = Math.max(1, lease.toMillis() / 3);
    ScheduledFuture<?> renewing =
        scheduler.scheduleAtFixedRate(
            () -> {
              try {
                if (!leases.renew(job, node, lease)) {
                  LOG.error("this node lost the lease of background job {} while running it", job);
                }
              } catch (RuntimeException e) {
                LOG.warn("renewing the lease of background job {} failed", job, e);
              }
            },
            renewal,
            renewal,
            TimeUnit.MILLISECONDS);
    boolean done = false;
    try {
      T made = work.call();
      done = true;
      return made;
    } finally {
      renewing.cancel(false);
      try {
        leases.release(job, node, done);
      } catch (RuntimeException e) {
        LOG.warn(
            "giving back the lease of background job {} failed; it runs out by itself", job, e);
      }
    }
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
