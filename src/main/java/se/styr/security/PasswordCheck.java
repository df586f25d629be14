package se.styr.security;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Whether a presented password matches a stored hash, taking as long when there is no hash (no such
 * user, or one who signs in through OIDC only): then a hash made at start is checked instead, so
 * that the time of the answer tells nothing of which users exist.
 */
final class PasswordCheck {
  private final PasswordEncoder encoder;
  private final String standIn;

  PasswordCheck(PasswordEncoder encoder) {
    this.encoder = encoder;
    this.standIn = encoder.encode(Passwords.oneTime());
  }

  boolean matches(String storedHash, String presented) {
    if (storedHash == null) {
      encoder.matches(presented == null ? "" : presented, standIn);
      return false;
    }
    return presented != null && encoder.matches(presented, storedHash);
  }
}
