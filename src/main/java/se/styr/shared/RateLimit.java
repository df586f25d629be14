package se.styr.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most so many uses per key (a client's address, say) in a fixed window of time, and at most so
 * many in all. Keys are kept in memory, at most {@code maxKeys} of them (the least recently used go
 * first), so that many keys cannot exhaust it. Thread-safe.
 */
public final class RateLimit {
  private final int perKey;
  private final int inAll;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Window> windows;
  private Window all;

  private record Window(Instant start, int used) {}

  /**
   * @param perKey uses allowed per key in one window
   * @param inAll uses allowed over all keys in one window
   * @param window the window's length
   * @param maxKeys how many keys are remembered at most
   */
  public RateLimit(int perKey, int inAll, Duration window, int maxKeys, Clock clock) {
    if (perKey < 1 || inAll < perKey || window.isNegative() || window.isZero() || maxKeys < 1) {
      throw new IllegalArgumentException("a rate limit allows at least one use in a window");
    }
    this.perKey = perKey;
    this.inAll = inAll;
    this.window = window;
    this.clock = clock;
    this.windows =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /**
   * Takes one use for {@code key}: empty if it is allowed, else how long until the next one is (a
   * refused use counts for nothing).
   */
  public synchronized Optional<Duration> take(String key) {
    Instant now = clock.instant();
    Window own = current(windows.get(key), now);
    all = current(all, now);
    if (own.used() >= perKey) {
      return Optional.of(until(own, now));
    }
    if (all.used() >= inAll) {
      return Optional.of(until(all, now));
    }
    windows.put(key, new Window(own.start(), own.used() + 1));
    all = new Window(all.start(), all.used() + 1);
    return Optional.empty();
  }

  private Window current(Window window, Instant now) {
    return window == null || !now.isBefore(window.start().plus(this.window))
        ? new Window(now, 0)
        : window;
  }

  private Duration until(Window window, Instant now) {
    Duration left = Duration.between(now, window.start().plus(this.window));
    return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
  }
}
