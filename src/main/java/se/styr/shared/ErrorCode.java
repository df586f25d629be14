package se.styr.shared;

/** Stable codes for domain errors; the API returns them and clients may rely on them. */
public enum ErrorCode {
  NOT_FOUND,
  /** The caller may see the thing but not do this to it (HTTP 403). */
  FORBIDDEN,
  CONFLICT,
  LOCK_VERSION_REQUIRED,
  DECIDED_VERSION_IS_READ_ONLY,
  RULE_VIOLATION,
  BAD_FILE,
  /** A request's body, a file or a plan larger than Styr takes (HTTP 413). */
  TOO_LARGE,
  /** Too much of this work is running now; try again shortly (HTTP 503 with Retry-After). */
  BUSY
}
