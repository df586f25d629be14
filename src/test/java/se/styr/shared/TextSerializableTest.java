package se.styr.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text shown after a redirect travels in the session's flash attributes, which are kept in the
 * database (Spring Session JDBC): it must come back whole from serialisation.
 */
class TextSerializableTest {
  static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void aTextWithItsArgumentsSurvivesTheSessionStore() throws Exception {
    Text text =
        Text.join(
            "; ",
            List.of(
                Text.of("national.stored.kpis", 3, new BigDecimal("1.50"), "a"),
                Text.of("error.databaseUnavailable")));

    assertThat(roundTrip(text)).isEqualTo(text);
  }
}
