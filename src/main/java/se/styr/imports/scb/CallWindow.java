package se.styr.imports.scb;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code calls} calls in any time window of {@code window}: a call beyond waits until the
 * oldest call in the window has left it (a sliding window, as SCB counts calls per IP address).
 */
final class CallWindow {
  private final int calls;
  private final long window;
  private final ScbClock clock;
  private final Deque<Long> made = new ArrayDeque<>();

  CallWindow(int calls, Duration window, ScbClock clock) {
    this.calls = Math.max(1, calls);
    this.window = window.toNanos();
    this.clock = clock;
  }

  /** Waits, if it must, until one more call fits in the window, and counts it. */
  synchronized void take() throws InterruptedException {
    while (true) {
      long now = clock.nanoTime();
      while (!made.isEmpty() && now - made.peekFirst() >= window) {
        made.removeFirst();
      }
      if (made.size() < calls) {
        made.addLast(now);
        return;
      }
      clock.sleep(Duration.ofNanos(window - (now - made.peekFirst())));
    }
  }
}
