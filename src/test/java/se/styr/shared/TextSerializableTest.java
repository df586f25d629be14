package se.styr.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text shown after a redirect travels in the session's flash attributes, which are kept in the
 * database (Spring Session JDBC): it must come back whole from serialisation.
 */
class TextSerializableTest {
  @Test
  void aTextWithItsArgumentsSurvivesTheSessionStore() throws Exception {
    Text text =
        Text.join(
            "; ",
            List.of(
                Text.of("national.stored.kpis", 3, new BigDecimal("1.50"), "a"),
                Text.of("error.databaseUnavailable")));

    assertThat(SerialisedCopy.of(text)).isEqualTo(text);
  }
}
