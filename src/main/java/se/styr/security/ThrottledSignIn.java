package se.styr.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with a password (the form and HTTP Basic alike), throttled per account and client address
 * by {@link SignInThrottle}: a try that must wait is refused before the password is looked at; the
 * try that locks an account stores the lock with it and writes it to the audit log.
 */
final class ThrottledSignIn implements AuthenticationProvider {
  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;
  private final AccountLocks locks;

  ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, AccountLocks locks) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.locks = locks;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    SignInThrottle.Result result = throttle.attempt(username, address);
    if (result.refused()) {
      throw new SignInThrottledException(result.refusal().retryAfter());
    }
    SignInThrottle.Attempt attempt = result.attempt();
    try {
      Authentication signedIn = passwords.authenticate(authentication);
      attempt.succeeded();
      return signedIn;
    } catch (CredentialsExpiredException e) {
      attempt.succeeded(); // the right one-time password: on to choosing a new one
      throw e;
    } catch (SignInThrottledException e) {
      throw e;
    } catch (LockedException e) {
      throw new SignInThrottledException(SignInThrottle.LOCK);
    } catch (BadCredentialsException e) {
      if (attempt.locksAccount()) {
        locks.lock(username);
      }
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
