package se.styr.shared;

import java.util.Map;

/**
 * The one error type of Styr: every domain, file, conflict and access error is one (or a subclass),
 * with a stable {@link ErrorCode} that the web layer maps to an HTTP status in one place, a keyed
 * {@link #text()} that a page shows in the visitor's language (the message is its English), and
 * structured {@link #details()} that the API returns beside the message.
 */
public class StyrException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;
  private final transient Text text;
  private final transient Map<String, Object> details;

  public StyrException(ErrorCode code, Text text) {
    this(code, text, Map.of());
  }

  /** An error with facts a client can act on, e.g. which plan and version a conflict is about. */
  public StyrException(ErrorCode code, Text text, Map<String, Object> details) {
    super(text.english());
    this.code = code;
    this.text = text;
    this.details = Map.copyOf(details);
  }

  public ErrorCode code() {
    return code;
  }

  /** What went wrong, to be put into words in the reader's language. */
  public Text text() {
    return text == null ? Text.verbatim(getMessage()) : text;
  }

  /**
   * What went wrong in one sentence, for an answer's title line (in English); the message by
   * default.
   */
  public String summary() {
    return getMessage();
  }

  /**
   * Facts about the error a client can act on, by name (e.g. who changed a table and when, or each
   * problem of a file with its line and column); none by default. Values are records, maps,
   * strings, numbers, instants or lists of them.
   */
  public Map<String, Object> details() {
    return details;
  }

  public static StyrException notFound(Text text) {
    return new StyrException(ErrorCode.NOT_FOUND, text);
  }

  public static StyrException conflict(Text text) {
    return new StyrException(ErrorCode.CONFLICT, text);
  }

  public static StyrException forbidden(Text text) {
    return new StyrException(ErrorCode.FORBIDDEN, text);
  }

  public static StyrException rule(Text text) {
    return new StyrException(ErrorCode.RULE_VIOLATION, text);
  }
}
