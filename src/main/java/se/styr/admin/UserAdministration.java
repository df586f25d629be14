package se.styr.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.organisation.OrganisationStore;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.security.Grant;
import se.styr.security.Passwords;
import se.styr.security.Role;
import se.styr.security.SignInThrottle;
import se.styr.security.UserStore;
import se.styr.security.Usernames;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * What administrators do to users: create them with a one-time password, reset it, disable and
 * enable them, add and revoke grants. An installation administrator does all of it to anyone; a
 * municipality's administrator sees the users who hold a grant in its municipality, and the users
 * without any grant whom they created themselves; changes only grants within it; and manages only
 * the accounts of users whose every grant lies within it (or who have none and were created by
 * them). A grantless user created by someone else (the installation's administrator, an OIDC
 * sign-in) is not theirs: were they to reset its password, a grant given later by someone else
 * would be theirs too. Each change is written to the audit log in the same transaction. Nobody can
 * revoke their own last installation-administrator grant or disable themselves.
 */
@Component
class UserAdministration {
  private final UserStore users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final TransactionOperations transactions;
  private final OrganisationStore organisation;
  private final SignInThrottle throttle;

  UserAdministration(
      UserStore users,
      PasswordEncoder encoder,
      AuditLog audit,
      TransactionOperations transactions,
      OrganisationStore organisation,
      SignInThrottle throttle) {
    this.throttle = throttle;
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.transactions = transactions;
    this.organisation = organisation;
  }

  /**
   * A user as an administrator sees them: the grants they may see and change, and how many others
   * there are.
   */
  record ManagedUser(
      UserStore.StoredUser user,
      List<UserStore.StoredGrant> grants,
      int otherGrants,
      boolean accountManageable) {}

  /** A new one-time password, shown once and never stored in plain text. */
  record OneTimePassword(long userId, String username, String password)
      implements java.io.Serializable {}

  /** Whether the caller administers anything at all: the whole installation or a municipality. */
  static boolean administersAnything(Caller caller) {
    return caller.grants().stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR);
  }

  static void requireAdministrator(Caller caller) {
    if (!administersAnything(caller)) {
      throw forbidden(Text.of("users.error.notAdministrator"));
    }
  }

  /**
   * The municipalities whose grants the caller may change; null for all (an installation
   * administrator).
   */
  static Set<String> administered(Caller caller) {
    if (caller.isAdministrator()) {
      return null;
    }
    return caller.grants().stream()
        .filter(g -> g.role() == Role.ADMINISTRATOR)
        .map(Grant::municipalityCode)
        .collect(Collectors.toUnmodifiableSet());
  }

  List<ManagedUser> users(Caller caller) {
    requireAdministrator(caller);
    return users.all().stream().map(u -> managed(caller, u)).filter(m -> m != null).toList();
  }

  ManagedUser user(Caller caller, long userId) {
    requireAdministrator(caller);
    ManagedUser user = users.byId(userId).map(u -> managed(caller, u)).orElse(null);
    if (user == null) {
      throw StyrException.notFound(Text.of("users.error.noUser", userId));
    }
    return user;
  }

  OneTimePassword create(Caller caller, String username, String displayName) {
    requireAdministrator(caller);
    String name = username == null ? "" : Usernames.normalised(username);
    String display = displayName == null ? "" : displayName.strip();
    if (!UserStore.isUsername(name)) {
      throw new InvalidField("username", Text.of("users.error.username"));
    }
    if (display.isEmpty() || display.length() > 200) {
      throw new InvalidField("displayName", Text.of("users.error.displayName"));
    }
    String password = Passwords.oneTime();
    String hash = encoder.encode(password);
    return transactions.execute(
        status -> {
          if (users.byUsername(name).isPresent()) {
            throw new InvalidField("username", Text.of("users.error.usernameTaken"));
          }
          long id = users.create(name, display, hash, true, caller.username());
          audit.record(caller.actor(), null, null, "USER_CREATED", name, null, display);
          return new OneTimePassword(id, name, password);
        });
  }

  OneTimePassword resetPassword(Caller caller, long userId) {
    String password = Passwords.oneTime();
    String hash = encoder.encode(password);
    return transactions.execute(
        status -> {
          UserStore.StoredUser user = account(caller, userId);
          users.resetPassword(user.id(), hash, caller.username(), Instant.now());
          audit.record(
              caller.actor(),
              null,
              null,
              "PASSWORD_RESET",
              user.username(),
              null,
              "ONE_TIME_PASSWORD");
          return new OneTimePassword(user.id(), user.username(), password);
        });
  }

  /** Lifts the lock that too many wrong passwords put on an account. */
  void unlock(Caller caller, long userId) {
    transactions.executeWithoutResult(
        status -> {
          UserStore.StoredUser user = account(caller, userId);
          users.unlock(user.id());
          throttle.forget(user.username());
          audit.record(
              caller.actor(), null, null, "ACCOUNT_UNLOCKED", user.username(), "LOCKED", null);
        });
  }

  void setEnabled(Caller caller, long userId, boolean enabled) {
    transactions.executeWithoutResult(
        status -> {
          UserStore.StoredUser user = account(caller, userId);
          if (!enabled && user.username().equals(caller.username())) {
            throw new InvalidField("enabled", Text.of("users.error.disableSelf"));
          }
          if (user.enabled() == enabled) {
            return;
          }
          users.setEnabled(user.id(), enabled);
          audit.record(
              caller.actor(),
              null,
              null,
              enabled ? "USER_ENABLED" : "USER_DISABLED",
              user.username(),
              user.enabled() ? "ENABLED" : "DISABLED",
              enabled ? "ENABLED" : "DISABLED");
        });
  }

  long addGrant(Caller caller, long userId, GrantRequest request) {
    Grant grant = request.toGrant(organisation);
    return transactions.execute(
        status -> {
          ManagedUser user = user(caller, userId);
          if (!mayChange(caller, grant)) {
            throw forbidden(Text.of("users.error.grantOutside"));
          }
          if (users.grants(userId).contains(grant)) {
            throw new InvalidField("role", Text.of("users.error.duplicateGrant"));
          }
          long id = users.grant(userId, grant);
          audit.record(
              caller.actor(),
              null,
              null,
              "GRANT_ADDED",
              user.user().username(),
              null,
              describe(grant));
          return id;
        });
  }

  void revokeGrant(Caller caller, long userId, long grantId) {
    transactions.executeWithoutResult(
        status -> {
          ManagedUser user = user(caller, userId);
          UserStore.StoredGrant stored =
              user.grants().stream()
                  .filter(g -> g.id() == grantId)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          StyrException.notFound(Text.of("users.error.noGrant", userId, grantId)));
          Grant grant = stored.grant();
          if (!mayChange(caller, grant)) {
            throw forbidden(Text.of("users.error.revokeOutside"));
          }
          if (user.user().username().equals(caller.username())
              && installationAdministrator(grant)
              && users.grants(userId).stream()
                      .filter(UserAdministration::installationAdministrator)
                      .count()
                  <= 1) {
            throw new InvalidField("grants", Text.of("users.error.lastAdministrator"));
          }
          users.revoke(grantId);
          audit.record(
              caller.actor(),
              null,
              null,
              "GRANT_REVOKED",
              user.user().username(),
              describe(grant),
              null);
        });
  }

  /**
   * A grant as the audit log records it: role and scope by stable keys, e.g. "EDITOR
   * 1488/omsorgsnamnden area sabo".
   */
  String describe(Grant grant) {
    StringBuilder text = new StringBuilder(grant.role().name()).append(' ');
    text.append(grant.municipalityCode() == null ? "*" : grant.municipalityCode());
    if (grant.committeeId() != null) {
      text.append('/')
          .append(
              organisation
                  .committee(grant.committeeId())
                  .map(c -> c.committee().key())
                  .orElse(String.valueOf(grant.committeeId())));
    }
    if (grant.areaKey() != null) {
      text.append(" area ").append(grant.areaKey());
    }
    if (grant.goalKey() != null) {
      text.append(" goal ").append(grant.goalKey());
    }
    return text.toString();
  }

  private static StyrException forbidden(Text text) {
    return new StyrException(ErrorCode.FORBIDDEN, text);
  }

  private static boolean installationAdministrator(Grant grant) {
    return grant.role() == Role.ADMINISTRATOR && grant.municipalityCode() == null;
  }

  private static boolean mayChange(Caller caller, Grant grant) {
    return grant.municipalityCode() == null
        ? caller.isAdministrator()
        : caller.administers(grant.municipalityCode());
  }

  /** The user whose account (password, enabled) the caller may manage, or an error. */
  private UserStore.StoredUser account(Caller caller, long userId) {
    ManagedUser user = user(caller, userId);
    if (!user.accountManageable()) {
      throw forbidden(Text.of("users.error.elsewhere"));
    }
    return user.user();
  }

  /** The user as the caller may see them, or null if the caller may not see them at all. */
  private ManagedUser managed(Caller caller, UserStore.StoredUser user) {
    List<UserStore.StoredGrant> grants = users.storedGrants(user.id());
    Set<String> mine = administered(caller);
    if (mine == null) {
      return new ManagedUser(user, grants, 0, true);
    }
    List<UserStore.StoredGrant> visible =
        grants.stream()
            .filter(
                g ->
                    g.grant().municipalityCode() != null
                        && mine.contains(g.grant().municipalityCode()))
            .toList();
    if (grants.isEmpty() && !caller.username().equals(user.createdBy())) {
      return null;
    }
    if (visible.isEmpty() && !grants.isEmpty()) {
      return null;
    }
    return new ManagedUser(
        user, visible, grants.size() - visible.size(), visible.size() == grants.size());
  }
}
