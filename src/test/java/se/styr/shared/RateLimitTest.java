package se.styr.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private final TickingClock clock = new TickingClock();

  @Test
  void allowsSoManyUsesPerKeyInAWindowThenSaysHowLongToWait() {
    RateLimit limit = new RateLimit(3, 100, Duration.ofMinutes(10), 100, clock);
    for (int i = 0; i < 3; i++) {
      assertThat(limit.take("10.0.0.1")).isEmpty();
    }
    clock.advance(Duration.ofMinutes(4));
    assertThat(limit.take("10.0.0.1")).contains(Duration.ofMinutes(6));
    assertThat(limit.take("10.0.0.2")).isEmpty();
    clock.advance(Duration.ofMinutes(6));
    assertThat(limit.take("10.0.0.1")).isEmpty();
  }

  @Test
  void allowsSoManyUsesInAllWhateverTheKeys() {
    RateLimit limit = new RateLimit(2, 5, Duration.ofMinutes(10), 100, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(limit.take("10.0.0." + i)).isEmpty();
    }
    assertThat(limit.take("10.0.1.1")).isPresent();
    clock.advance(Duration.ofMinutes(10));
    assertThat(limit.take("10.0.1.1")).isEmpty();
  }

  @Test
  void aRefusedUseCountsForNothing() {
    RateLimit limit = new RateLimit(1, 2, Duration.ofMinutes(10), 100, clock);
    assertThat(limit.take("a")).isEmpty();
    for (int i = 0; i < 10; i++) {
      assertThat(limit.take("a")).isPresent();
    }
    assertThat(limit.take("b")).isEmpty();
  }

  @Test
  void remembersAtMostSoManyKeys() {
    RateLimit limit = new RateLimit(1, 1_000, Duration.ofMinutes(10), 2, clock);
    assertThat(limit.take("a")).isEmpty();
    assertThat(limit.take("b")).isEmpty();
    assertThat(limit.take("c")).isEmpty();
    // "a", the least recently used, was forgotten; "c" was not
    assertThat(limit.take("a")).isEmpty();
    assertThat(limit.take("c")).isPresent();
  }

  @Test
  void refusesALimitThatAllowsNothing() {
    assertThatThrownBy(() -> new RateLimit(0, 1, Duration.ofMinutes(1), 1, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
