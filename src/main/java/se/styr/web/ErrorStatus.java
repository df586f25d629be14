package se.styr.web;

import java.sql.SQLException;
import org.springframework.http.HttpStatus;
import se.styr.shared.ErrorCode;

/**
 * The HTTP status of each error code, the same for the API and the pages: not found → 404, may see
 * but not do → 403, a conflict or a decided version → 409, a write without If-Match → 428, a broken
 * rule → 422, a bad file → 400, too large → 413, busy → 503.
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
