package se.styr.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source when a read replica is configured: connections come from the
 * primary, except while a request that may read from the replica runs ({@link #onReplica}) and the
 * replica is usable ({@link ReplicaMonitor#usable()}); a replica connection that cannot be had
 * marks the replica down and is taken from the primary instead. Migrations, sessions, writes and
 * everything outside such a request use the primary.
 */
public class ReplicaRouting extends DelegatingDataSource {
  private static final ThreadLocal<Boolean> ASKED = new ThreadLocal<>();
  private static final ThreadLocal<Boolean> USED = new ThreadLocal<>();
  private final DataSource replica;
  private final ReplicaMonitor monitor;
  private final LongAdder fromReplica = new LongAdder();
  private final LongAdder fellBack = new LongAdder();

  public ReplicaRouting(DataSource primary, DataSource replica, ReplicaMonitor monitor) {
    super(primary);
    this.replica = replica;
    this.monitor = monitor;
  }

  /**
   * Runs {@code work} with connections from the replica where usable; answers what it made and
   * whether a replica connection was taken ({@link #usedReplica()}, until the next call).
   */
  public static <T> T onReplica(Callable<T> work) throws Exception {
    ASKED.set(Boolean.TRUE);
    USED.remove();
    try {
      return work.call();
    } finally {
      ASKED.remove();
    }
  }

  /** Whether the last {@link #onReplica} on this thread took a connection from the replica. */
  public static boolean usedReplica() {
    return Boolean.TRUE.equals(USED.get());
  }

  /** Forgets {@link #usedReplica()} on this thread. */
  public static void forget() {
    USED.remove();
  }

  /** How many connections were taken from the replica, and from the primary in its stead. */
  public long fromReplica() {
    return fromReplica.sum();
  }

  public long fellBack() {
    return fellBack.sum();
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (Boolean.TRUE.equals(ASKED.get()) && monitor.usable()) {
      try {
        Connection connection = replica.getConnection();
        USED.set(Boolean.TRUE);
        fromReplica.increment();
        return connection;
      } catch (SQLException e) {
        monitor.failed(e);
        fellBack.increment();
      }
    }
    return super.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return super.getConnection(username, password);
  }
}
