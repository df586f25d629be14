package se.styr.cluster;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached: down, restarting, failing over, or no
 * connection free in time. Such a request is worth sending again in a moment; nothing else about it
 * was wrong.
 */
public final class DatabaseFailures {
  /** What PostgreSQL's driver and the pool say of a connection they closed after a failure. */
  private static final String POOL_CLOSED = "Connection is closed";

  private static final String DRIVER_CLOSED = "This connection has been closed.";

  private DatabaseFailures() {}

  public static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || (t instanceof SQLException sql && lostConnection(sql))) {
        return true;
      }
      // A transaction whose connection broke: its rollback failed too, and hides why it began to.
      if (t instanceof TransactionSystemException system
          && system.getApplicationException() != null
          && unreachable(system.getApplicationException())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * A connection that failed (SQL state class 08), a server shutting down or restarting (57P), or a
   * connection the pool or driver has already closed after such a failure.
   */
  private static boolean lostConnection(SQLException sql) {
    String state = sql.getSQLState();
    if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
      return true;
    }
    String message = sql.getMessage();
    return POOL_CLOSED.equals(message) || DRIVER_CLOSED.equals(message);
  }
}
