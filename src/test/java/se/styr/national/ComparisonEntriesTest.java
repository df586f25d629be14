package se.styr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonEntriesTest {
  @Test
  void aYearsValuesAreKeptExactlyInCodeOrderAndAMissingValueStaysMissing() {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    values.put("2061", new BigDecimal("41.50"));
    values.put("0114", new BigDecimal("71.2"));
    values.put("1904", null);
    values.put("0180", new BigDecimal("1E+3"));
    String text = ComparisonEntries.write(values);
    assertThat(text).isEqualTo("0114=71.2;0180=1000;1904=;2061=41.50");
    Map<String, BigDecimal> read = ComparisonEntries.read(text);
    assertThat(read.keySet()).containsExactly("0114", "0180", "1904", "2061");
    assertThat(read.get("2061").toPlainString()).isEqualTo("41.50");
    assertThat(read).containsEntry("1904", null);
    assertThat(ComparisonEntries.read("")).isEmpty();
  }

  @Test
  void damagedStoredDataIsNamedNotGuessed() {
    assertThatThrownBy(() -> ComparisonEntries.read("0114=71.2;0180"))
        .hasMessageContaining("damaged");
  }
}
