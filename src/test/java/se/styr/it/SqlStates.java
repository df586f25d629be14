package se.styr.it;

import java.sql.SQLException;

/** The SQL state a database gave for a refused statement, for tests of the database's own rules. */
public final class SqlStates {
  /** PostgreSQL's "insufficient privilege": a role may not do this at all. */
  public static final String NOT_PERMITTED = "42501";

  private SqlStates() {}

  /** The SQL state of the innermost SQL exception in the chain, or null. */
  public static String of(Throwable e) {
    String state = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        state = sql.getSQLState();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return state;
  }
}
