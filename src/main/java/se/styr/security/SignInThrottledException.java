package se.styr.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without trying the password: too many wrong ones before ({@link
 * SignInThrottle}). An account status, so that no other way of signing in is tried after it.
 */
public class SignInThrottledException extends LockedException {
  private final Duration retryAfter;

  public SignInThrottledException(Duration retryAfter) {
    super("Too many failed sign-ins; try again in " + seconds(retryAfter) + " s");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds until the next try may be made, at least one. */
  public long retryAfterSeconds() {
    return seconds(retryAfter);
  }

  static long seconds(Duration duration) {
    long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
