package se.styr.imports.scb;

import java.time.Duration;

/** The time the client keeps its call rate by, and how it waits; tests wait without sleeping. */
public interface ScbClock {
  /** A monotonic time in nanoseconds. */
  long nanoTime();

  void sleep(Duration duration) throws InterruptedException;

  /** The system's clock and real sleep. */
  static ScbClock system() {
    return new ScbClock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
      }
    };
  }
}
