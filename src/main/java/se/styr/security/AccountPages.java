package se.styr.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.shared.StyrException;

/** The sign-in page and the page where a person changes their password (also a one-time one). */
@Controller
class AccountPages {
  private final ObjectProvider<ClientRegistrationRepository> oidc;
  private final UserStore users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final TransactionOperations transactions;
  private final MessageSource messages;
  private final CurrentCaller callers;

  AccountPages(ObjectProvider<ClientRegistrationRepository> oidc, UserStore users, PasswordEncoder encoder, AuditLog audit,
      TransactionOperations transactions, MessageSource messages, CurrentCaller callers) {
    this.oidc = oidc;
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.transactions = transactions;
    this.messages = messages;
    this.callers = callers;
  }

  record Provider(String id, String name) {}

  @GetMapping("/login")
  String login(Model model) {
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

  @GetMapping("/konto/losenord")
  String passwordForm(Model model) {
    Caller caller = callers.get();
    model.addAttribute("username", caller.isAnonymous() ? "" : caller.username());
    return "password";
  }

  @PostMapping("/konto/losenord")
  String changePassword(@RequestParam String username, @RequestParam String current, @RequestParam String password,
      @RequestParam String repeat, Model model) {
    model.addAttribute("username", username);
    UserStore.StoredUser user = users.byUsername(username).filter(UserStore.StoredUser::enabled)
        .filter(u -> u.passwordHash() != null && encoder.matches(current, u.passwordHash())).orElse(null);
    if (user == null) {
      return refused(model, text("password.wrong"));
    }
    if (!password.equals(repeat)) {
      return refused(model, text("password.mismatch"));
    }
    try {
      Passwords.requireAcceptable(username, password);
    } catch (StyrException e) {
      return refused(model, e.getMessage());
    }
    transactions.executeWithoutResult(status -> {
      users.setPassword(user.id(), encoder.encode(password), false);
      audit.record(user.username(), null, null, "PASSWORD_CHANGED", user.username(), null, null);
    });
    return "redirect:/login?bytt";
  }

  private String refused(Model model, String error) {
    model.addAttribute("error", error);
    return "password";
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
