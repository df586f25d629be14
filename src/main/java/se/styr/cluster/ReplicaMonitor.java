package se.styr.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the replica from this node: about every second it notes the primary's write-ahead log
 * position and asks the replica how far it has replayed ({@link ReplicaLag}). The replica is used
 * for reads only while it answered the last check, is a replica (in recovery) and is at most {@code
 * maxLag} behind; a replica connection that fails marks it down at once, until a check finds it
 * back.
 */
public final class ReplicaMonitor {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaMonitor.class);

  /** How often the replica is checked. */
  public static final Duration EVERY = Duration.ofSeconds(1);

  /** What the last check found. */
  public enum Status {
    /** Not checked yet. */
    UNKNOWN,
    /** Answering and at most the greatest lag behind: reads go to it. */
    CURRENT,
    /** Answering but further behind than the greatest lag: reads go to the primary. */
    BEHIND,
    /** Not answering: reads go to the primary. */
    DOWN,
    /** Answering but not in recovery (a primary, or promoted): never read from. */
    NOT_A_REPLICA
  }

  /** The replica as last seen: its status, lag (empty: unknown), when, and any problem. */
  public record State(Status status, Optional<Duration> lag, Instant checked, String problem) {}

  private final DataSource primary;
  private final DataSource replica;
  private final Duration maxLag;
  private final Clock clock;
  private final ReplicaLag lag;
  private volatile State state;

  public ReplicaMonitor(DataSource primary, DataSource replica, Duration maxLag, Clock clock) {
    this.primary = primary;
    this.replica = replica;
    this.maxLag = maxLag;
    this.clock = clock;
    this.lag = new ReplicaLag(maxLag.multipliedBy(4).plusSeconds(10));
    this.state = new State(Status.UNKNOWN, Optional.empty(), clock.instant(), null);
  }

  public Duration maxLag() {
    return maxLag;
  }

  public State state() {
    return state;
  }

  /** Whether reads may go to the replica now. */
  public boolean usable() {
    State now = state;
    return now.status() == Status.CURRENT
        && now.checked().isAfter(clock.instant().minus(EVERY.multipliedBy(5)));
  }

  /** A connection to the replica failed: reads go to the primary until a check finds it back. */
  public void failed(Exception e) {
    seen(new State(Status.DOWN, Optional.empty(), clock.instant(), e.getMessage()));
  }

  /** Checks the primary's position and the replica's. */
  public void check() {
    try {
      String position = text(primary, "select cast(pg_current_wal_lsn() as text)");
      if (position != null) {
        lag.primaryAt(clock.instant(), ReplicaLag.position(position));
      }
    } catch (SQLException | RuntimeException e) {
      // The primary is down or not PostgreSQL: nothing to note; the replica is still asked.
      LOG.debug("noting the primary's position failed", e);
    }
    State found;
    try (Connection connection = replica.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      try (ResultSet row =
          statement.executeQuery(
              "select pg_is_in_recovery(), cast(pg_last_wal_replay_lsn() as text)")) {
        row.next();
        Instant now = clock.instant();
        if (!row.getBoolean(1) || row.getString(2) == null) {
          found = new State(Status.NOT_A_REPLICA, Optional.empty(), now, "not in recovery");
        } else {
          Optional<Duration> behind = lag.behind(now, ReplicaLag.position(row.getString(2)));
          boolean current = behind.isPresent() && behind.get().compareTo(maxLag) <= 0;
          found = new State(current ? Status.CURRENT : Status.BEHIND, behind, now, null);
        }
      }
    } catch (SQLException | RuntimeException e) {
      found = new State(Status.DOWN, Optional.empty(), clock.instant(), e.getMessage());
    }
    seen(found);
  }

  /** Takes what a check found as the replica's state, logging a change of status. */
  void seen(State found) {
    State was = state;
    state = found;
    if (was.status() != found.status()) {
      LOG.info(
          "The read replica is {} (was {}){}",
          found.status(),
          was.status(),
          found.problem() == null ? "" : ": " + found.problem());
    }
  }

  private static String text(DataSource source, String sql) throws SQLException {
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      try (ResultSet row = statement.executeQuery(sql)) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}
