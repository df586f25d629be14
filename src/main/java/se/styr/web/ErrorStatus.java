package se.styr.web;

import java.sql.SQLException;
import org.springframework.http.HttpStatus;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * The HTTP status of each error code, the same for the API and the pages: not found → 404, may see
 * but not do → 403, a conflict or a decided version → 409, a write without If-Match → 428, a broken
 * rule → 422, a bad file → 400, too large → 413, busy (also: the database does not answer) → 503.
 */
public final class ErrorStatus {
  /** The detail of a busy error that says in how many seconds to try again (Retry-After). */
  public static final String RETRY_AFTER = "retryAfterSeconds";

  private ErrorStatus() {}

  public static HttpStatus of(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case CONFLICT, DECIDED_VERSION_IS_READ_ONLY -> HttpStatus.CONFLICT;
      case LOCK_VERSION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
      case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
      case BAD_FILE -> HttpStatus.BAD_REQUEST;
      case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
      case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
    };
  }

  /** How soon a caller is asked to try again while the database does not answer. */
  static final int DATABASE_RETRY_SECONDS = 5;

  /**
   * Whether the database could not be reached (down, restarting, failing over, or no connection
   * free in time): the caller is told, with a 503, to try again shortly, rather than shown a
   * failure.
   */
  public static boolean databaseUnavailable(Throwable e) {
    return se.styr.cluster.DatabaseFailures.unreachable(e);
  }

  /** The busy error a caller gets while the database does not answer. */
  public static StyrException databaseBusy() {
    return new StyrException(
        ErrorCode.BUSY,
        Text.of("error.databaseUnavailable"),
        java.util.Map.of(RETRY_AFTER, DATABASE_RETRY_SECONDS));
  }

  /**
   * A write the database itself refused (a decided version, the audit log): SQL state P0001 from
   * its triggers.
   */
  public static boolean refusedByDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "P0001".equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
