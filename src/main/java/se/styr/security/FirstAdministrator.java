package se.styr.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.cluster.BackgroundWork;

/**
 * On the first start (no users yet) creates the administrator "admin" with a one-time password,
 * printed once in the log; it must be changed at the first sign-in. On a cluster by one node, the
 * others waiting and then finding it made ({@link BackgroundWork}). Not where
 * styr.first-administrator is false: restore-installation needs the installation left empty.
 */
@Component
@ConditionalOnProperty(
    name = "styr.first-administrator",
    havingValue = "true",
    matchIfMissing = true)
@Order(0)
class FirstAdministrator implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
  private final UserStore users;
  private final PasswordEncoder encoder;
  private final TransactionOperations transactions;
  private final AuditLog audit;
  private final BackgroundWork work;

  FirstAdministrator(
      UserStore users,
      PasswordEncoder encoder,
      TransactionOperations transactions,
      AuditLog audit,
      BackgroundWork work) {
    this.users = users;
    this.encoder = encoder;
    this.transactions = transactions;
    this.audit = audit;
    this.work = work;
  }

  @Override
  public void run(ApplicationArguments args) {
    work.atStartUp("first-administrator", this::createIfNone);
  }

  private void createIfNone() {
    String password = Passwords.oneTime();
    boolean created =
        Boolean.TRUE.equals(
            transactions.execute(
                status -> {
                  if (!users.isEmpty()) {
                    return false;
                  }
                  long id = users.create("admin", "Administratör", encoder.encode(password), true);
                  users.grant(id, Grant.administrator());
                  audit.record(
                      "styr",
                      null,
                      null,
                      "USER_CREATED",
                      "admin (Administratör)",
                      null,
                      "ADMINISTRATOR");
                  return true;
                }));
    if (created) {
      LOG.warn(
          """

          ================================================================
           Styr's first administrator was created.
             user:               admin
             one-time password:  {}
           Sign in at /login; you will be asked to choose a new password.
          ================================================================\
          """,
          password);
    }
  }
}
