package se.styr.documents.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.web.ErrorStatus;

/**
 * At most so many documents made at once: printing a large plan takes seconds of processor and tens
 * of megabytes, so a burst of requests (or one client asking again and again) must not run them all
 * side by side. A request that finds every slot taken waits up to a limit, then is refused as busy,
 * with the seconds after which to try again.
 */
final class RenderSlots {
  private final Semaphore slots;
  private final Duration wait;

  RenderSlots(int count, Duration wait) {
    this.slots = new Semaphore(Math.max(1, count), true); // at least one at a time
    this.wait = wait;
  }

  <T> T run(Supplier<T> render) {
    boolean taken;
    try {
      taken = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      taken = false;
    }
    if (!taken) {
      throw new StyrException(
          ErrorCode.BUSY,
          Text.of("document.error.busy"),
          Map.of(ErrorStatus.RETRY_AFTER, Math.max(1, wait.toSeconds() / 2)));
    }
    try {
      return render.get();
    } finally {
      slots.release();
    }
  }
}
