package se.styr.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.installation.RowFormat.Column;
import se.styr.installation.RowFormat.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RowFormatTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<Column> COLUMNS =
      List.of(
          new Column("id", Type.INTEGER),
          new Column("amount", Type.DECIMAL),
          new Column("open", Type.BOOLEAN),
          new Column("note", Type.TEXT),
          new Column("day", Type.DATE),
          new Column("at", Type.TIMESTAMP),
          new Column("fetched", Type.TIMESTAMPTZ));

  private static List<Object> readBack(String line) {
    JsonNode row = JSON.readTree(line);
    List<Object> values = new ArrayList<>();
    for (Column column : COLUMNS) {
      values.add(RowFormat.parse(row.get(column.name()), column.type()));
    }
    return values;
  }

  @Test
  void writesEveryValueSoThatItReadsBackExactly() {
    List<Object> values =
        Arrays.asList(
            Long.MAX_VALUE,
            new BigDecimal("-123456789012345.000001"),
            true,
            "Omsorg \"&\" <vård>\n\ttab\u0000nul\u001f\u2028 😀 \\",
            LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 5, 1, 10, 0, 0, 123456000),
            OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC));

    String line = RowFormat.row(COLUMNS, values);

    assertThat(line).doesNotContain("\n").contains("\"amount\":\"-123456789012345.000001\"");
    assertThat(readBack(line)).isEqualTo(values);
  }

  @Test
  void writesNullsOutAndReadsThemAsNull() {
    List<Object> values = Arrays.asList(1L, null, null, null, null, null, null);

    String line = RowFormat.row(COLUMNS, values);

    assertThat(line).contains("\"note\":null");
    assertThat(readBack(line)).isEqualTo(values);
  }

  @Test
  void keepsALoneSurrogateAsAnEscape() {
    String text = "a\ud800b";

    String json = RowFormat.string(new StringBuilder(), text).toString();

    assertThat(json).isEqualTo("\"a\\ud800b\"");
    assertThat(JSON.readTree(json).asString()).isEqualTo(text);
  }

  @Test
  void refusesADecimalWrittenAsANumberOrAWrongType() {
    assertThatThrownBy(() -> RowFormat.parse(JSON.readTree("1.5"), Type.DECIMAL))
        .hasMessageContaining("is not a decimal number in a string");
    assertThatThrownBy(() -> RowFormat.parse(JSON.readTree("\"x\""), Type.INTEGER))
        .hasMessageContaining("is not a whole number");
    assertThatThrownBy(() -> RowFormat.parse(JSON.readTree("\"2024-13-01\""), Type.DATE))
        .hasMessageContaining("is not date");
  }
}
