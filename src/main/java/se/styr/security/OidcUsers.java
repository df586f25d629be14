package se.styr.security;

import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sign-in through an OIDC provider (Keycloak, Microsoft Entra ID, ...). The person is known in Styr
 * by the claim {@code preferred_username} (else {@code email}); at the first sign-in a user without
 * password and without grants is added, and an administrator gives the roles.
 */
class OidcUsers extends OidcUserService {
  private final UserStore users;
  private final AuditLog audit;
  private final TransactionOperations transactions;

  OidcUsers(UserStore users, AuditLog audit, TransactionOperations transactions) {
    this.users = users;
    this.audit = audit;
    this.transactions = transactions;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = super.loadUser(request);
    String claim =
        user.getClaims().containsKey("preferred_username") ? "preferred_username" : "email";
    Object name = user.getClaims().get(claim);
    if (!(name instanceof String username) || !UserStore.isUsername(username)) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              "invalid_user",
              "The identity provider gave no usable preferred_username or email",
              null));
    }
    transactions.executeWithoutResult(
        status -> {
          if (users.byUsername(username).isEmpty()) {
            String display =
                user.getFullName() == null || user.getFullName().isBlank()
                    ? username
                    : user.getFullName();
            users.create(
                username,
                display.length() > 200 ? display.substring(0, 200) : display,
                null,
                false);
            audit.record(
                username,
                null,
                null,
                "USER_CREATED",
                username + " (" + request.getClientRegistration().getRegistrationId() + ")",
                null,
                "OIDC");
          }
        });
    return new DefaultOidcUser(List.of(), user.getIdToken(), user.getUserInfo(), claim);
  }
}
