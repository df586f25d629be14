package se.styr.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.web.ErrorStatus;

class RenderSlotsTest {
  @Test
  void makesAtMostSoManyDocumentsAtOnceAndTellsTheRestToComeBack() throws Exception {
    RenderSlots slots = new RenderSlots(2, Duration.ofMillis(200));
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch finish = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?>[] running2 = new Future<?>[2];
      for (int i = 0; i < 2; i++) {
        running2[i] =
            pool.submit(
                () ->
                    slots.run(
                        () -> {
                          most.accumulateAndGet(running.incrementAndGet(), Math::max);
                          started.countDown();
                          try {
                            finish.await(10, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          running.decrementAndGet();
                          return new byte[0];
                        }));
      }
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      StyrException busy =
          catchThrowableOfType(StyrException.class, () -> slots.run(() -> new byte[0]));
      assertThat(busy.code()).isEqualTo(ErrorCode.BUSY);
      assertThat(busy.details()).containsKey(ErrorStatus.RETRY_AFTER);
      finish.countDown();
      for (Future<?> f : running2) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertThat(most).hasValue(2);
      assertThat(slots.run(() -> "free again")).isEqualTo("free again");
    } finally {
      pool.shutdownNow();
    }
  }
}
