package se.styr.installation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styr.installation.RowFormat.Column;
import se.styr.installation.RowFormat.Type;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one styr-rows/1 file line by line, checking each against the columns it must have; every
 * problem names the file, its line and column.
 */
final class RowsFile {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private RowsFile() {}

  /** Receives each row: its line number and its values in the columns' order. */
  interface RowSink {
    void row(int line, Map<String, Object> values);
  }

  /**
   * Reads {@code file} (shown as {@code name}), whose header must name {@code table} and exactly
   * {@code columns}, giving every row to {@code sink}.
   */
  static void read(Path file, String name, String table, List<Column> columns, RowSink sink) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw problem(name, 1, 1, "is empty: its first line names the table and its columns");
      }
      checkHeader(name, table, columns, parse(name, 1, header));
      int number = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        sink.row(number, values(name, number, columns, parse(name, number, line)));
      }
    } catch (CharacterCodingException e) {
      throw problem(name, 1, 1, "is not UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String name, int line, String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw problem(name, line, 1, "is not a JSON object");
      }
      return node;
    } catch (JacksonException e) {
      int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
      throw problem(name, line, column, "is not JSON: " + e.getOriginalMessage());
    }
  }

  private static void checkHeader(
      String name, String table, List<Column> columns, JsonNode header) {
    JsonNode format = header.get("format");
    if (format == null || !RowFormat.FORMAT.equals(format.asString(""))) {
      throw problem(name, 1, 1, "is not " + RowFormat.FORMAT + " (its format is " + format + ")");
    }
    JsonNode named = header.get("table");
    if (named == null || !table.equals(named.asString(""))) {
      throw problem(name, 1, 1, "holds table " + named + ", not " + table);
    }
    List<Column> stated = new ArrayList<>();
    JsonNode list = header.get("columns");
    try {
      for (JsonNode column : list == null ? JSON.createArrayNode() : list) {
        stated.add(
            new Column(column.get("name").asString(), Type.of(column.get("type").asString())));
      }
    } catch (RuntimeException e) {
      throw problem(name, 1, 1, "has a column without a name or a known type: " + list);
    }
    if (!stated.equals(columns)) {
      throw problem(
          name,
          1,
          1,
          "has the columns "
              + describe(stated)
              + ", but this installation's table "
              + table
              + " has "
              + describe(columns)
              + ": it was written by another version of Styr's schema");
    }
  }

  private static Map<String, Object> values(
      String name, int line, List<Column> columns, JsonNode row) {
    Map<String, Object> values = new HashMap<>();
    for (Column column : columns) {
      if (!row.has(column.name())) {
        throw problem(name, line, 1, "has no value for column " + column.name());
      }
      try {
        values.put(column.name(), RowFormat.parse(row.get(column.name()), column.type()));
      } catch (IllegalArgumentException e) {
        throw problem(name, line, 1, "column " + column.name() + " " + e.getMessage());
      }
    }
    if (row.size() != columns.size()) {
      List<String> unknown = new ArrayList<>(row.propertyNames());
      unknown.removeAll(columns.stream().map(Column::name).toList());
      throw problem(name, line, 1, "has columns its table does not have: " + unknown);
    }
    return values;
  }

  private static String describe(List<Column> columns) {
    return columns.stream().map(c -> c.name() + " " + c.type().word()).toList().toString();
  }

  static BadFileException problem(String file, int line, int column, String message) {
    return new BadFileException(
        List.of(new FileProblem(file, line, column, Text.verbatim(file + " " + message))));
  }
}
