package se.styr.web;

import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;

/**
 * Optimistic locking over HTTP: a table is read with {@code ETag: "3"} and written back with
 * {@code If-Match: "3"}. A write without If-Match is refused, so nobody overwrites unseen changes.
 */
public final class LockVersions {
  private LockVersions() {}

  public static String etag(int lockVersion) {
    return "\"" + lockVersion + "\"";
  }

  public static int fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new StyrException(ErrorCode.LOCK_VERSION_REQUIRED,
          "A change must say which version of the table it is based on: send the table's ETag in an If-Match header.");
    }
    String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new StyrException(ErrorCode.LOCK_VERSION_REQUIRED, "If-Match must be the table's ETag, e.g. \"3\"; got " + ifMatch);
    }
  }
}
