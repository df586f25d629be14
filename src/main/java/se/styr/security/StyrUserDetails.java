package se.styr.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Local accounts for sign-in. A password still to be changed (one set by an administrator, or the
 * first administrator's) counts as expired: sign-in leads to the page that changes it. An account
 * locked after too many wrong passwords ({@link SignInThrottle}) is refused until the lock ends.
 * Not a bean of its own: it is used only by the throttled sign-in ({@link
 * WebSecurity#passwordSignIn}).
 */
final class StyrUserDetails implements UserDetailsService {
  private final UserStore users;

  StyrUserDetails(UserStore users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserStore.StoredUser user =
        users
            .byUsername(username)
            .filter(u -> u.passwordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    return User.withUsername(user.username())
        .password(user.passwordHash())
        .disabled(!user.enabled())
        .credentialsExpired(user.mustChangePassword())
        .accountLocked(user.lockedAt(Instant.now()))
        .authorities(List.of())
        .build();
  }
}
