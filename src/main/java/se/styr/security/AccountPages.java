package se.styr.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/** The sign-in page and the page where a person changes their password (also a one-time one). */
@Controller
class AccountPages {
  private final ObjectProvider<ClientRegistrationRepository> oidc;
  private final UserStore users;
  private final PasswordEncoder encoder;
  private final PasswordCheck check;
  private final SignInThrottle throttle;
  private final AccountLocks locks;
  private final AuditLog audit;
  private final TransactionOperations transactions;
  private final CurrentCaller callers;

  AccountPages(
      ObjectProvider<ClientRegistrationRepository> oidc,
      UserStore users,
      PasswordEncoder encoder,
      PasswordCheck check,
      SignInThrottle throttle,
      AccountLocks locks,
      AuditLog audit,
      TransactionOperations transactions,
      CurrentCaller callers) {
    this.oidc = oidc;
    this.users = users;
    this.encoder = encoder;
    this.check = check;
    this.throttle = throttle;
    this.locks = locks;
    this.audit = audit;
    this.transactions = transactions;
    this.callers = callers;
  }

  record Provider(String id, String name) {}

  @GetMapping("/login")
  String login(@RequestParam(name = "vanta", required = false) String wait, Model model) {
    if (wait != null && wait.matches("[0-9]{1,5}")) {
      model.addAttribute("wait", Long.parseLong(wait));
    }
    List<Provider> providers = new ArrayList<>();
    ClientRegistrationRepository repository = oidc.getIfAvailable();
    if (repository instanceof Iterable<?> registrations) {
      for (Object registration : registrations) {
        ClientRegistration client = (ClientRegistration) registration;
        providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
      }
    }
    model.addAttribute("providers", providers);
    return "login";
  }

  /** The session attribute holding who was just told to change an expired password. */
  private static final String EXPIRED = "styr.passwordExpiredFor";

  /**
   * Remembers, for this browser's session only, the user name whose sign-in was refused because the
   * password must be changed, so that the password form shows it filled in.
   */
  static void rememberExpired(jakarta.servlet.http.HttpServletRequest request, String username) {
    if (username != null && !username.isBlank() && username.length() <= 200) {
      request.getSession(true).setAttribute(EXPIRED, username.strip());
    }
  }

  @GetMapping("/konto/losenord")
  String passwordForm(Model model, HttpServletRequest request) {
    Caller caller = callers.get();
    String expired = null;
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(EXPIRED) instanceof String name) {
      expired = name;
    }
    model.addAttribute(
        "username", caller.isAnonymous() ? (expired == null ? "" : expired) : caller.username());
    model.addAttribute("usernameKnown", !caller.isAnonymous() || expired != null);
    if (!caller.isAnonymous()) {
      users
          .byUsername(caller.username())
          .filter(u -> u.passwordResetBy() != null)
          .ifPresent(u -> model.addAttribute("reset", reset(u)));
    }
    return "password";
  }

  @PostMapping("/konto/losenord")
  String changePassword(
      @RequestParam String username,
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String repeat,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("username", username);
    // Throttled as signing in is (it tells whether the current password is right), and as slow for
    // a user that does not exist as for one that does.
    SignInThrottle.Result tried = throttle.attempt(username, request.getRemoteAddr());
    if (tried.refused()) {
      return throttled(model, response, tried.refusal().retryAfter());
    }
    UserStore.StoredUser found =
        users.byUsername(username).filter(UserStore.StoredUser::enabled).orElse(null);
    boolean right = check.matches(found == null ? null : found.passwordHash(), current);
    if (right && found.lockedAt(Instant.now())) {
      return throttled(model, response, SignInThrottle.LOCK);
    }
    if (!right) {
      if (tried.attempt().locksAccount()) {
        locks.lock(username);
      }
      return refused(model, Text.of("password.wrong"));
    }
    tried.attempt().succeeded();
    UserStore.StoredUser user = found;
    if (!password.equals(repeat)) {
      return refused(model, Text.of("password.mismatch"));
    }
    try {
      Passwords.requireAcceptable(username, password);
    } catch (StyrException e) {
      return refused(model, e.text());
    }
    transactions.executeWithoutResult(
        status -> {
          users.setPassword(user.id(), encoder.encode(password), false);
          audit.record(
              user.username(), null, null, "PASSWORD_CHANGED", user.username(), null, null);
        });
    if (user.mustChangePassword() && user.passwordResetBy() != null) {
      redirect.addFlashAttribute("reset", reset(user));
    }
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(EXPIRED);
    }
    return "redirect:/login?bytt";
  }

  /** Who reset a user's password and when (Swedish time), as the pages show it. */
  record Reset(String by, String at) implements java.io.Serializable {}

  private static Reset reset(UserStore.StoredUser user) {
    return new Reset(
        user.passwordResetBy(),
        user.passwordResetAt() == null ? "" : RESET_TIME.format(user.passwordResetAt()));
  }

  private static final DateTimeFormatter RESET_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

  private String throttled(Model model, HttpServletResponse response, Duration wait) {
    long seconds = SignInThrottledException.seconds(wait);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(seconds));
    return refused(model, Text.of("password.throttled", seconds));
  }

  /** The form again with why it was refused, which the page shows in the visitor's language. */
  private String refused(Model model, Text error) {
    model.addAttribute("error", error);
    return "password";
  }
}
