package se.styr.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.styr.shared.TickingClock;

class SignInThrottleTest {
  private final TickingClock clock = new TickingClock();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  private SignInThrottle.Result fail(String user, String address) {
    SignInThrottle.Result result = throttle.attempt(user, address);
    return result; // not succeeded: counted as a failure
  }

  @Test
  void anAccountsFirstFiveFailuresPassThenEachTryWaitsTwiceAsLong() {
    for (int i = 0; i < 5; i++) {
      assertThat(fail("anna", "10.0.0." + i).refused()).isFalse();
    }
    assertThat(throttle.attempt("anna", "10.0.1.1").refusal().retryAfter())
        .isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(fail("anna", "10.0.1.1").refused()).isFalse();
    assertThat(throttle.attempt("anna", "10.0.1.2").refusal().retryAfter())
        .isEqualTo(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    assertThat(fail("anna", "10.0.1.1").refused()).isFalse();
    assertThat(throttle.attempt("anna", "10.0.1.2").refusal().retryAfter())
        .isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void theWaitGrowsToAMinuteAndTwentyFailuresInARowLockTheAccountForAQuarterOfAnHour() {
    int tries = 0;
    Duration waited = Duration.ZERO;
    while (!throttle.locked("anna")) {
      SignInThrottle.Result result = throttle.attempt("anna", "10.0.0." + (tries % 250));
      if (result.refused()) {
        assertThat(result.refusal().retryAfter()).isLessThanOrEqualTo(Duration.ofMinutes(1));
        clock.advance(result.refusal().retryAfter());
        waited = waited.plus(result.refusal().retryAfter());
      } else {
        tries++;
        assertThat(result.attempt().locksAccount()).isEqualTo(tries == 20);
      }
    }
    assertThat(tries).isEqualTo(20);
    assertThat(waited).isBetween(Duration.ofMinutes(8), Duration.ofMinutes(12));
    assertThat(throttle.attempt("anna", "10.9.9.9").refusal().retryAfter())
        .isEqualTo(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(15));
    SignInThrottle.Result after = throttle.attempt("anna", "10.9.9.9");
    assertThat(after.refused()).isFalse();
    assertThat(after.attempt().locksAccount()).isTrue();
  }

  @Test
  void theRightPasswordForgetsTheAccountsFailures() {
    for (int i = 0; i < 4; i++) {
      fail("anna", "10.0.0.1");
    }
    throttle.attempt("anna", "10.0.0.1").attempt().succeeded();
    for (int i = 0; i < 5; i++) {
      assertThat(fail("anna", "10.0.0.1").refused()).isFalse();
    }
  }

  @Test
  void triesSentAtOnceCannotPassTogether() {
    int passed = 0;
    for (int i = 0; i < 50; i++) {
      if (!throttle.attempt("anna", "10.0.0." + i).refused()) {
        passed++;
      }
    }
    assertThat(passed).isEqualTo(5);
  }

  @Test
  void oneAddressTryingManyAccountsWaitsAfterTwentyFailures() {
    for (int i = 0; i < 20; i++) {
      assertThat(fail("user" + i, "10.0.0.1").refused()).isFalse();
    }
    assertThat(throttle.attempt("user99", "10.0.0.1").refusal().retryAfter())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.attempt("user99", "10.0.0.2").refused()).isFalse();
  }

  @Test
  void aSuccessDoesNotWipeTheAddresssFailures() {
    for (int i = 0; i < 19; i++) {
      fail("user" + i, "10.0.0.1");
    }
    throttle.attempt("mine", "10.0.0.1").attempt().succeeded();
    fail("user19", "10.0.0.1");
    assertThat(throttle.attempt("user20", "10.0.0.1").refused()).isTrue();
  }

  @Test
  void namesThatSignInAsOneAccountShareItsFailures() {
    for (int i = 0; i < 5; i++) {
      fail(i % 2 == 0 ? "Anna" : "anna", "10.0.0." + i);
    }
    assertThat(throttle.attempt("ANNA", "10.0.1.1").refused()).isTrue();
  }

  @Test
  void failuresAreForgottenAnHourAfterTheLast() {
    for (int i = 0; i < 5; i++) {
      fail("anna", "10.0.0.1");
    }
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 5; i++) {
      assertThat(fail("anna", "10.0.0.1").refused()).isFalse();
    }
  }

  @Test
  void anAdministratorLiftingTheLockForgetsTheFailures() {
    for (int i = 0; i < 5; i++) {
      fail("anna", "10.0.0." + i);
    }
    throttle.forget("anna");
    assertThat(throttle.attempt("anna", "10.0.1.1").refused()).isFalse();
  }
}
