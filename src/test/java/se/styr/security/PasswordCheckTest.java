package se.styr.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordCheckTest {
  private final AtomicInteger hashesChecked = new AtomicInteger();
  private final PasswordEncoder encoder =
      new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
          return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          hashesChecked.incrementAndGet();
          return encoded.equals("hash:" + raw);
        }
      };

  @Test
  void checksAHashAsMuchWhenThereIsNoUserAsWhenThereIsOne() {
    PasswordCheck check = new PasswordCheck(encoder);
    assertThat(check.matches(null, "gissning")).isFalse();
    assertThat(hashesChecked).hasValue(1);
    assertThat(check.matches("hash:rätt", "gissning")).isFalse();
    assertThat(hashesChecked).hasValue(2);
    assertThat(check.matches("hash:rätt", "rätt")).isTrue();
  }

  @Test
  void neverMatchesWithoutAStoredHash() {
    PasswordCheck check = new PasswordCheck(encoder);
    assertThat(check.matches(null, null)).isFalse();
    assertThat(check.matches(null, "")).isFalse();
  }
}
