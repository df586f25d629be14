package se.styr.it;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.styr.security.Grant;
import se.styr.security.UserStore;

/**
 * Local accounts for tests, stored as the application stores them: the caller's grants are read
 * from the database by username, so a test user must exist there before it sends a request.
 */
public final class TestUsers {
  /** Every test user's password (hashed with the application's encoder when stored). */
  public static final String PASSWORD = "testlösenord-som-duger";

  private final UserStore users;
  private final PasswordEncoder encoder;

  public TestUsers(UserStore users, PasswordEncoder encoder) {
    this.users = users;
    this.encoder = encoder;
  }

  /** Adds the user with these grants unless a user of that name exists already. */
  public void ensure(String username, Grant... grants) {
    if (users.byUsername(username).isPresent()) {
      return;
    }
    long id = users.create(username, "Test " + username, encoder.encode(PASSWORD), false);
    for (Grant grant : grants) {
      users.grant(id, grant);
    }
  }

  /** The user as an API client: HTTP Basic with the password, no CSRF token. */
  public static RequestPostProcessor basic(String username) {
    return httpBasic(username, PASSWORD);
  }
}
