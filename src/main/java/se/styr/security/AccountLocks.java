package se.styr.security;

import java.time.Clock;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Stores the lock that {@link SignInThrottle} put on an account with the account (if there is one),
 * so that it outlives a restart and administrators see it, and writes it to the audit log.
 */
final class AccountLocks {
  private final UserStore users;
  private final AuditLog audit;
  private final TransactionOperations transactions;
  private final Clock clock;

  AccountLocks(UserStore users, AuditLog audit, TransactionOperations transactions, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  void lock(String username) {
    transactions.executeWithoutResult(
        status -> {
          if (users.lock(username, clock.instant().plus(SignInThrottle.LOCK))) {
            audit.record("styr", null, null, "ACCOUNT_LOCKED", username, null, "LOCKED");
          }
        });
  }
}
