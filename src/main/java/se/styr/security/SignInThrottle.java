package se.styr.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often a password may be tried, per account and per client address, for signing in and for
 * changing a password alike.
 *
 * <p>Every try counts as failed until it succeeds, so that tries sent at the same moment cannot
 * pass together. An account's first {@value #ACCOUNT_FREE} failures pass at once; after each
 * further one the next try waits twice as long as after the one before, from one second up to a
 * minute; after {@value #ACCOUNT_LOCK} failures in a row the account is locked for {@link #LOCK}
 * (see {@link Attempt#locksAccount()}): tries are then refused whatever the password, until the
 * lock ends or an administrator lifts it. A client address's first {@value #ADDRESS_FREE} failures
 * (over all accounts) pass at once, then it waits the same way, up to five minutes. Failures are
 * forgotten an hour after the last one; a success forgets the account's failures (not the
 * address's). The same answer is given for accounts that do not exist, so the throttle tells
 * nothing of which do.
 *
 * <p>Kept in memory, at most {@value #MAX_TRACKED} accounts and addresses each (the least recently
 * tried go first). An account's lock is also stored with the account, so that it outlives a
 * restart.
 */
public final class SignInThrottle {
  static final int ACCOUNT_FREE = 5;
  static final int ACCOUNT_LOCK = 20;
  static final Duration LOCK = Duration.ofMinutes(15);
  static final int ADDRESS_FREE = 20;
  static final Duration MAX_ACCOUNT_WAIT = Duration.ofMinutes(1);
  static final Duration MAX_ADDRESS_WAIT = Duration.ofMinutes(5);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  static final int MAX_TRACKED = 100_000;

  private final Clock clock;
  private final Map<String, Failures> accounts = bounded();
  private final Map<String, Failures> addresses = bounded();

  private record Failures(int count, Instant last) {}

  /**
   * A try that was let through: {@link #succeeded()} when the password was right. {@code
   * locksAccount} says that, should the password be wrong, this try is the one that locks the
   * account (for storing the lock).
   */
  public final class Attempt {
    private final String account;
    private final String address;
    private final boolean locksAccount;

    private Attempt(String account, String address, boolean locksAccount) {
      this.account = account;
      this.address = address;
      this.locksAccount = locksAccount;
    }

    public boolean locksAccount() {
      return locksAccount;
    }

    /** The password was right: the account's failures are forgotten, this try is not counted. */
    public void succeeded() {
      synchronized (SignInThrottle.this) {
        accounts.remove(account);
        Failures own = addresses.get(address);
        if (own != null && own.count() > 0) {
          addresses.put(address, new Failures(own.count() - 1, own.last()));
        }
      }
    }
  }

  /** A try that must wait: how long until the next one may be made. */
  public record Refusal(Duration retryAfter) {}

  public SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * A try of {@code username}'s password from {@code address}: the attempt to make (counted as a
   * failure until it succeeds), or how long to wait.
   */
  public synchronized Result attempt(String username, String address) {
    Instant now = clock.instant();
    String account = account(username);
    String client = address == null ? "" : address;
    Failures own = current(accounts.get(account), now);
    Failures from = current(addresses.get(client), now);
    Duration wait =
        longer(
            waitFor(own, ACCOUNT_FREE, MAX_ACCOUNT_WAIT, true, now),
            waitFor(from, ADDRESS_FREE, MAX_ADDRESS_WAIT, false, now));
    if (!wait.isZero()) {
      return new Result(null, new Refusal(wait));
    }
    accounts.put(account, new Failures(own.count() + 1, now));
    addresses.put(client, new Failures(from.count() + 1, now));
    return new Result(new Attempt(account, client, own.count() + 1 >= ACCOUNT_LOCK), null);
  }

  /** Either an attempt to make or a refusal. */
  public record Result(Attempt attempt, Refusal refusal) {
    public boolean refused() {
      return refusal != null;
    }
  }

  /** Whether the account is locked now (after {@value #ACCOUNT_LOCK} failures in a row). */
  public synchronized boolean locked(String username) {
    Failures own = current(accounts.get(account(username)), clock.instant());
    return own.count() >= ACCOUNT_LOCK;
  }

  /** Forgets an account's failures: an administrator lifted its lock. */
  public synchronized void forget(String username) {
    accounts.remove(account(username));
  }

  /** One key for the names that sign in as one account: case and compatibility forms folded. */
  static String account(String username) {
    return Usernames.key(username);
  }

  private static Failures current(Failures failures, Instant now) {
    if (failures == null || !now.isBefore(failures.last().plus(FORGET_AFTER))) {
      return new Failures(0, now);
    }
    return failures;
  }

  private static Duration waitFor(
      Failures failures, int free, Duration max, boolean locks, Instant now) {
    if (failures.count() < free) {
      return Duration.ZERO;
    }
    Duration delay;
    if (locks && failures.count() >= ACCOUNT_LOCK) {
      delay = LOCK;
    } else {
      int doublings = Math.min(failures.count() - free, 30);
      delay = Duration.ofSeconds(1L << doublings);
      delay = delay.compareTo(max) > 0 ? max : delay;
    }
    Duration left = Duration.between(now, failures.last().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Map<String, Failures> bounded() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > MAX_TRACKED;
      }
    };
  }
}
