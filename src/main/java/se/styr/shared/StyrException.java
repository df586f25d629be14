package se.styr.shared;

/** The one error type for domain rule violations; the web layer maps its code to an HTTP status. */
public class StyrException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public StyrException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  public static StyrException notFound(String message) {
    return new StyrException(ErrorCode.NOT_FOUND, message);
  }

  public static StyrException conflict(String message) {
    return new StyrException(ErrorCode.CONFLICT, message);
  }

  public static StyrException rule(String message) {
    return new StyrException(ErrorCode.RULE_VIOLATION, message);
  }
}
