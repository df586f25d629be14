package se.styr.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Background work on one node at a time, by lease rows in the database: nodes are here {@link
 * BackgroundWork}s of different names on one database, as on a cluster. Subclasses choose the
 * database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {"styr.demo.load=false", "styr.documents.warm-up=false"})
abstract class LeasesContract {
  @Autowired Leases leases;

  private static String job() {
    return "test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aLeaseHeldByOneNodeIsNotGivenToAnotherUntilItRunsOut() throws Exception {
    String job = job();
    assertThat(leases.take(job, "a", Duration.ofMillis(1500), Duration.ZERO)).isTrue();
    assertThat(leases.take(job, "b", Duration.ofSeconds(30), Duration.ZERO)).isFalse();
    assertThat(leases.take(job, "a", Duration.ofMillis(1500), Duration.ZERO)).isTrue();
    assertThat(leases.state(job).orElseThrow().holder()).isEqualTo("a");

    Thread.sleep(1700);

    assertThat(leases.take(job, "b", Duration.ofSeconds(30), Duration.ZERO)).isTrue();
    assertThat(leases.renew(job, "a", Duration.ofSeconds(30))).isFalse();
    assertThat(leases.renew(job, "b", Duration.ofSeconds(30))).isTrue();
  }

  @Test
  void aReleasedLeaseIsFreeAndRecordsWhenTheJobWasDone() {
    String job = job();
    assertThat(leases.take(job, "a", Duration.ofSeconds(30), Duration.ZERO)).isTrue();

    leases.release(job, "a", true);

    Leases.State state = leases.state(job).orElseThrow();
    assertThat(state.holder()).isNull();
    assertThat(state.doneAt()).isNotNull();
    assertThat(leases.take(job, "b", Duration.ofSeconds(30), Duration.ofMinutes(1)))
        .as("done within the last minute: not again yet")
        .isFalse();
    assertThat(leases.take(job, "b", Duration.ofSeconds(30), Duration.ZERO)).isTrue();
  }

  @Test
  void onlyItsHolderCanGiveALeaseBack() {
    String job = job();
    leases.take(job, "a", Duration.ofSeconds(30), Duration.ZERO);

    leases.release(job, "b", true);

    assertThat(leases.state(job).orElseThrow().holder()).isEqualTo("a");
    assertThat(leases.state(job).orElseThrow().doneAt()).isNull();
  }

  @Test
  void manyNodesAskingAtOnceGiveTheLeaseToOne() throws Exception {
    String job = job();
    ExecutorService nodes = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> asked = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String node = "node-" + i;
        asked.add(
            nodes.submit(() -> leases.take(job, node, Duration.ofSeconds(30), Duration.ZERO)));
      }
      int given = 0;
      for (Future<Boolean> one : asked) {
        given += one.get() ? 1 : 0;
      }
      assertThat(given).isEqualTo(1);
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void workAskedOfEveryNodeRunsOnOneAtATimeAndEachFindsWhatTheOthersDid() throws Exception {
    String job = job();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    AtomicInteger stored = new AtomicInteger();
    List<BackgroundWork> nodes = new ArrayList<>();
    ExecutorService starting = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        BackgroundWork node = new BackgroundWork(leases, "node-" + i, Duration.ofSeconds(5));
        nodes.add(node);
        Callable<Integer> work =
            () -> {
              mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
              Thread.sleep(200);
              if (stored.get() == 0) {
                stored.incrementAndGet();
              }
              running.decrementAndGet();
              return stored.get();
            };
        runs.add(starting.submit(() -> node.exclusively(job, Duration.ofSeconds(30), work)));
      }
      for (Future<Integer> run : runs) {
        assertThat(run.get()).isEqualTo(1);
      }
      assertThat(mostAtOnce.get()).isEqualTo(1);
      assertThat(stored.get()).isEqualTo(1);
    } finally {
      starting.shutdownNow();
      nodes.forEach(BackgroundWork::destroy);
    }
  }

  @Test
  void aJobWhoseNodeDiedIsTakenOverOnceItsLeaseRunsOut() throws Exception {
    String job = job();
    // The dead node took the lease and never gave it back (nor renews it).
    assertThat(leases.take(job, "dead-node", Duration.ofSeconds(2), Duration.ZERO)).isTrue();
    BackgroundWork alive = new BackgroundWork(leases, "alive-node", Duration.ofSeconds(5));
    try {
      long started = System.nanoTime();

      String ran = alive.exclusively(job, Duration.ofSeconds(30), () -> "done");

      assertThat(ran).isEqualTo("done");
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThan(Duration.ofMillis(1000));
      assertThat(leases.state(job).orElseThrow().doneAt()).isNotNull();
    } finally {
      alive.destroy();
    }
  }

  @Test
  void aNodeThatCannotGetTheLeaseInTimeSaysWhoHoldsIt() {
    String job = job();
    leases.take(job, "busy-node", Duration.ofMinutes(5), Duration.ZERO);
    BackgroundWork other = new BackgroundWork(leases, "other-node", Duration.ofSeconds(5));
    try {
      assertThatThrownBy(() -> other.exclusively(job, Duration.ofMillis(600), () -> "never"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(job)
          .hasMessageContaining("busy-node");
    } finally {
      other.destroy();
    }
  }

  @Test
  void aLeaseIsRenewedWhileLongWorkRuns() throws Exception {
    String job = job();
    BackgroundWork node = new BackgroundWork(leases, "slow-node", Duration.ofMillis(900));
    try {
      node.exclusively(
          job,
          Duration.ofSeconds(5),
          () -> {
            Thread.sleep(2000);
            assertThat(leases.take(job, "other", Duration.ofSeconds(30), Duration.ZERO))
                .as("still held after twice the lease's length")
                .isFalse();
            return null;
          });
    } finally {
      node.destroy();
    }
  }

  @Test
  void periodicWorkRunsOnOneNodeAPeriod() throws Exception {
    String job = job();
    AtomicInteger runs = new AtomicInteger();
    List<BackgroundWork> nodes = new ArrayList<>();
    List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        BackgroundWork node = new BackgroundWork(leases, "node-" + i, Duration.ofSeconds(5));
        nodes.add(node);
        scheduled.add(node.every(job, Duration.ofSeconds(1), runs::incrementAndGet));
      }
      Thread.sleep(4300);
    } finally {
      scheduled.forEach(s -> s.cancel(false));
      nodes.forEach(BackgroundWork::destroy);
    }
    // Three nodes asking every second for about four seconds: once or so a second, not three times.
    assertThat(runs.get()).isBetween(2, 6);
  }
}
