package se.styr.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caller of the current request with the grants stored now (read once per request, so a revoked
 * grant takes effect at the next request, not at the next sign-in).
 */
@Component
public class CurrentCaller {
  private static final String ATTRIBUTE = CurrentCaller.class.getName();
  private final UserStore users;

  public CurrentCaller(UserStore users) {
    this.users = users;
  }

  public Caller get() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object cached =
        request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (cached instanceof Caller caller) {
      return caller;
    }
    Caller caller = resolve(SecurityContextHolder.getContext().getAuthentication());
    if (request != null) {
      request.setAttribute(ATTRIBUTE, caller, RequestAttributes.SCOPE_REQUEST);
    }
    return caller;
  }

  private Caller resolve(Authentication authentication) {
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Caller.anonymous();
    }
    String username = authentication.getName();
    return users
        .byUsername(username)
        .filter(UserStore.StoredUser::enabled)
        .map(user -> new Caller(user.username(), user.displayName(), users.grants(user.id())))
        .orElse(Caller.anonymous());
  }
}
