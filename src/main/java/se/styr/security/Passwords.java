package se.styr.security;

import java.security.SecureRandom;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Password hashing and the password rules. New hashes are Argon2id with OWASP's parameters (19 MiB,
 * two passes); bcrypt hashes are still accepted so accounts can be carried over.
 */
public final class Passwords {
  private static final char[] ALPHABET =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();
  public static final int MINIMUM_LENGTH = 12;

  private Passwords() {}

  public static PasswordEncoder encoder() {
    return new DelegatingPasswordEncoder(
        "argon2",
        Map.of(
            "argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
            "bcrypt", new BCryptPasswordEncoder()));
  }

  /** A random password of 20 characters from an alphabet without look-alikes (0/O, 1/l). */
  public static String oneTime() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }

  /** Refuses a new password that is too short, too long or the username. */
  public static void requireAcceptable(String username, String password) {
    if (password == null || password.length() < MINIMUM_LENGTH) {
      throw StyrException.rule(Text.of("security.error.passwordShort", MINIMUM_LENGTH));
    }
    if (password.length() > 200) {
      throw StyrException.rule(Text.of("security.error.passwordLong"));
    }
    if (password.equalsIgnoreCase(username)) {
      throw StyrException.rule(Text.of("security.error.passwordUsername"));
    }
  }
}
