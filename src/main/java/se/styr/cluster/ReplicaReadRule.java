package se.styr.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Which requests may read from the replica: the public's reads (GET and HEAD without signing in)
 * and printed documents; never a write, never the health checks, and never a signed-in caller's
 * reads shortly after their own write (within the greatest lag the replica is used at, and a little
 * more for the time between measurements), so that a caller always sees what they have just stored.
 * A signed-in caller's pages are always read from the primary: they show drafts that others are
 * changing, and the lock versions their forms send back.
 */
public final class ReplicaReadRule {
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "(/api)?/plans/\\d+/versions/\\d+/(document(\\.[a-z]+)?|followup/\\d+/report\\.[a-z]+)");

  /** How much longer than the greatest lag a caller's own write keeps them on the primary. */
  static final Duration MARGIN = Duration.ofSeconds(3);

  private final Duration maxLag;

  public ReplicaReadRule(Duration maxLag) {
    this.maxLag = maxLag;
  }

  /**
   * Whether the request may read from the replica. {@code lastWrite} is when the caller last wrote
   * (null: not in this session).
   */
  public boolean mayRead(
      String method, String path, boolean signedIn, Instant lastWrite, Instant now) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    if (path.startsWith("/actuator")) {
      return false;
    }
    if (lastWrite != null && lastWrite.plus(maxLag).plus(MARGIN).isAfter(now)) {
      return false;
    }
    return !signedIn || DOCUMENT.matcher(path).matches();
  }

  /** Whether a request with this method writes (a caller's later reads then go to the primary). */
  public static boolean writes(String method) {
    return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
  }
}
