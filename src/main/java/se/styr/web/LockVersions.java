package se.styr.web;

import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Optimistic locking over HTTP: a table is read with {@code ETag: "3"} and written back with {@code
 * If-Match: "3"}. A write without If-Match is refused, so nobody overwrites unseen changes.
 */
public final class LockVersions {
  private LockVersions() {}

  public static String etag(int lockVersion) {
    return "\"" + lockVersion + "\"";
  }

  public static int fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new StyrException(ErrorCode.LOCK_VERSION_REQUIRED, Text.of("error.ifMatchMissing"));
    }
    String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new StyrException(
          ErrorCode.LOCK_VERSION_REQUIRED, Text.of("error.ifMatchBad", ifMatch));
    }
  }
}
