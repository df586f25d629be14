package se.styr.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How far a streaming replica is behind its primary, in time, from write-ahead log positions alone
 * (no writes, no monitoring privileges): the primary's current position is noted with the time,
 * about every second; a replica that has replayed up to the position noted at time t holds every
 * change committed before t, so it is at most now - t behind. A replica that has replayed the
 * latest noted position is not behind at all. Positions older than the history are forgotten; a
 * replica behind all of them is "further behind than the history" (empty).
 */
public final class ReplicaLag {
  private record Noted(Instant at, long position) {}

  private final Duration history;
  private final Deque<Noted> noted = new ArrayDeque<>();

  /** Keeps what was noted over {@code history} (a little more than the greatest lag of use). */
  public ReplicaLag(Duration history) {
    this.history = history;
  }

  /** Notes the primary's write-ahead log position at {@code at}. */
  public synchronized void primaryAt(Instant at, long position) {
    Noted last = noted.peekLast();
    if (last != null && position < last.position()) {
      // A primary that went back (restored, replaced) starts a new history.
      noted.clear();
    }
    noted.addLast(new Noted(at, position));
    while (noted.size() > 1 && noted.peekFirst().at().isBefore(at.minus(history))) {
      noted.removeFirst();
    }
  }

  /**
   * How far behind a replica that has replayed up to {@code replayed} is at {@code now}: zero when
   * it has replayed the latest noted position, empty when it is behind every noted one (or nothing
   * is noted yet).
   */
  public synchronized Optional<Duration> behind(Instant now, long replayed) {
    Noted latest = noted.peekLast();
    if (latest == null) {
      return Optional.empty();
    }
    if (replayed >= latest.position()) {
      return Optional.of(Duration.ZERO);
    }
    var newestFirst = noted.descendingIterator();
    while (newestFirst.hasNext()) {
      Noted one = newestFirst.next();
      if (one.position() <= replayed) {
        Duration lag = Duration.between(one.at(), now);
        return Optional.of(lag.isNegative() ? Duration.ZERO : lag);
      }
    }
    return Optional.empty();
  }

  /**
   * A write-ahead log position as PostgreSQL writes it ({@code pg_lsn}: two hexadecimal numbers,
   * "16/B374D848") as one number.
   *
   * @throws IllegalArgumentException when the text is not such a position
   */
  public static long position(String lsn) {
    int slash = lsn == null ? -1 : lsn.indexOf('/');
    if (slash < 1 || slash == lsn.length() - 1 || slash > 8 || lsn.length() - slash - 1 > 8) {
      throw new IllegalArgumentException("not a write-ahead log position: " + lsn);
    }
    try {
      long high = Long.parseLong(lsn.substring(0, slash), 16);
      long low = Long.parseLong(lsn.substring(slash + 1), 16);
      return (high << 32) | low;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a write-ahead log position: " + lsn, e);
    }
  }
}
