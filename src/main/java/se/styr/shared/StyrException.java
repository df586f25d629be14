package se.styr.shared;

import java.util.Map;

/**
 * The one error type of Styr: every domain, file, conflict and access error is one (or a subclass),
 * with a stable {@link ErrorCode} that the web layer maps to an HTTP status in one place, and
 * structured {@link #details()} that the API returns beside the message.
 */
public class StyrException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;
  private final transient Map<String, Object> details;

  public StyrException(ErrorCode code, String message) {
    this(code, message, Map.of());
  }

  /** An error with facts a client can act on, e.g. which plan and version a conflict is about. */
  public StyrException(ErrorCode code, String message, Map<String, Object> details) {
    super(message);
    this.code = code;
    this.details = Map.copyOf(details);
  }

  public ErrorCode code() {
    return code;
  }

  /** What went wrong in one sentence, for an answer's title line; the message by default. */
  public String summary() {
    return getMessage();
  }

  /**
   * Facts about the error a client can act on, by name (e.g. who changed a table and when, or each
   * problem of a file with its line and column); none by default. Values are records, strings,
   * numbers, instants or lists of them.
   */
  public Map<String, Object> details() {
    return details;
  }

  public static StyrException notFound(String message) {
    return new StyrException(ErrorCode.NOT_FOUND, message);
  }

  public static StyrException conflict(String message) {
    return new StyrException(ErrorCode.CONFLICT, message);
  }

  public static StyrException forbidden(String message) {
    return new StyrException(ErrorCode.FORBIDDEN, message);
  }

  public static StyrException rule(String message) {
    return new StyrException(ErrorCode.RULE_VIOLATION, message);
  }
}
