package se.styr.national;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every municipality's value of a KPI for a year as one text: "0114=71.2;0115=;0117=66" (sorted by
 * code; an empty value is one Kolada has none of, never zero). How {@code kolada_comparison} keeps
 * a year's comparison data in one row.
 */
final class ComparisonEntries {
  private ComparisonEntries() {}

  /** The text of {@code values}; a null value is written empty. */
  static String write(Map<String, BigDecimal> values) {
    StringBuilder text = new StringBuilder(values.size() * 12);
    for (Map.Entry<String, BigDecimal> entry : new TreeMap<>(values).entrySet()) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(entry.getKey()).append('=');
      if (entry.getValue() != null) {
        text.append(entry.getValue().toPlainString());
      }
    }
    return text.toString();
  }

  /** The values of a text {@link #write} made, in code order; empty values as null. */
  static TreeMap<String, BigDecimal> read(String text) {
    TreeMap<String, BigDecimal> values = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return values;
    }
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf(';', from);
      if (end < 0) {
        end = text.length();
      }
      int equals = text.indexOf('=', from);
      if (equals < 0 || equals > end) {
        throw new IllegalStateException("stored comparison data is damaged near " + from);
      }
      String code = text.substring(from, equals);
      values.put(code, equals + 1 == end ? null : new BigDecimal(text.substring(equals + 1, end)));
      from = end + 1;
    }
    return values;
  }
}
