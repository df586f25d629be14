package se.styr.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that stands still until it is moved on. */
public final class TickingClock extends Clock {
  private Instant now;

  public TickingClock(Instant start) {
    this.now = start;
  }

  public TickingClock() {
    this(Instant.parse("2026-03-01T08:00:00Z"));
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
