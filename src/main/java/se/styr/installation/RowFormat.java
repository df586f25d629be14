package se.styr.installation;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The styr-rows/1 format of one table's rows (docs/backup.md): a header line naming the table and
 * its columns with their types, then one JSON object a row, every column in the table's order, null
 * written out. Integers are JSON numbers; decimals are strings of their exact digits (never a
 * floating-point number); dates and times ISO 8601, times with a zone in UTC.
 */
final class RowFormat {
  static final String FORMAT = "styr-rows/1";

  private RowFormat() {}

  /** The kinds of column value the format knows. */
  enum Type {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    TEXT,
    DATE,
    TIMESTAMP,
    TIMESTAMPTZ;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Type of(String word) {
      for (Type type : values()) {
        if (type.word().equals(word)) {
          return type;
        }
      }
      throw new IllegalArgumentException("no column type " + word);
    }
  }

  record Column(String name, Type type) {}

  /** The format's type of a database column, from its JDBC type and the database's name of it. */
  static Type type(int sqlType, String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    if (name.equals("timestamptz") || name.contains("with time zone")) {
      return Type.TIMESTAMPTZ;
    }
    return switch (sqlType) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Type.INTEGER;
      case Types.NUMERIC, Types.DECIMAL -> Type.DECIMAL;
      case Types.BOOLEAN, Types.BIT -> Type.BOOLEAN;
      case Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.CLOB,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.NCLOB ->
          Type.TEXT;
      case Types.DATE -> Type.DATE;
      case Types.TIMESTAMP -> Type.TIMESTAMP;
      case Types.TIMESTAMP_WITH_TIMEZONE -> Type.TIMESTAMPTZ;
      default ->
          throw new IllegalStateException(
              "a column of type " + typeName + " (" + sqlType + ") has no place in " + FORMAT);
    };
  }

  static String header(String table, List<Column> columns) {
    StringBuilder line = new StringBuilder("{\"format\":");
    string(line, FORMAT).append(",\"table\":");
    string(line, table).append(",\"columns\":[");
    for (int i = 0; i < columns.size(); i++) {
      line.append(i == 0 ? "{\"name\":" : ",{\"name\":");
      string(line, columns.get(i).name()).append(",\"type\":");
      string(line, columns.get(i).type().word()).append('}');
    }
    return line.append("]}").toString();
  }

  /** One row as its line; {@code values} as {@link #read} gives them. */
  static String row(List<Column> columns, List<Object> values) {
    StringBuilder line = new StringBuilder("{");
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      string(line, columns.get(i).name()).append(':');
      value(line, values.get(i));
    }
    return line.append('}').toString();
  }

  private static void value(StringBuilder line, Object value) {
    if (value == null) {
      line.append("null");
    } else if (value instanceof Long || value instanceof Boolean) {
      line.append(value);
    } else if (value instanceof BigDecimal decimal) {
      string(line, decimal.toPlainString());
    } else {
      string(line, value.toString());
    }
  }

  /** The value of column {@code index} of the current row, as the format holds it. */
  static Object read(ResultSet rs, int index, Type type) throws SQLException {
    Object value =
        switch (type) {
          case INTEGER -> rs.getLong(index);
          case DECIMAL -> rs.getBigDecimal(index);
          case BOOLEAN -> rs.getBoolean(index);
          case TEXT -> rs.getString(index);
          case DATE -> rs.getObject(index, LocalDate.class);
          case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
          case TIMESTAMPTZ -> {
            OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
            yield time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
          }
        };
    return rs.wasNull() ? null : value;
  }

  /** A value of a row's line as the database takes it; a message saying what is wrong if none. */
  static Object parse(JsonNode node, Type type) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return switch (type) {
        case INTEGER -> {
          if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("is not a whole number");
          }
          yield node.longValue();
        }
        case DECIMAL -> new BigDecimal(text(node, "a decimal number in a string"));
        case BOOLEAN -> {
          if (!node.isBoolean()) {
            throw new IllegalArgumentException("is not true or false");
          }
          yield node.booleanValue();
        }
        case TEXT -> text(node, "a string");
        case DATE -> LocalDate.parse(text(node, "a date"));
        case TIMESTAMP -> LocalDateTime.parse(text(node, "a time"));
        case TIMESTAMPTZ -> OffsetDateTime.parse(text(node, "a time with its zone"));
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("is not " + type.word() + ": " + node);
    }
  }

  private static String text(JsonNode node, String what) {
    if (!node.isString()) {
      throw new IllegalArgumentException("is not " + what);
    }
    return node.asString();
  }

  /** Binds {@code value} (as {@link #parse} gives it) to parameter {@code index}. */
  static void bind(PreparedStatement statement, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType);
    } else if (value instanceof Long number) {
      if (sqlType == Types.BIGINT) {
        statement.setLong(index, number);
      } else {
        statement.setInt(index, Math.toIntExact(number));
      }
    } else if (value instanceof BigDecimal decimal) {
      statement.setBigDecimal(index, decimal);
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else if (value instanceof String text) {
      statement.setString(index, text);
    } else {
      statement.setObject(index, value);
    }
  }

  /** Appends {@code text} as a JSON string; a lone surrogate is escaped, so nothing is lost. */
  static StringBuilder string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || lone(text, i)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  private static boolean lone(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
