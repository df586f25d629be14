package se.styr.installation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.styr.installation.InstallationTables.Table;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity columns (generated ids) of the restored tables: moved beyond the highest id the
 * export holds, so that what is added after a restore gets new ids. Done before the restore's
 * transaction, because neither database moves an identity inside one (H2 commits on ALTER TABLE,
 * PostgreSQL never takes back nextval); an identity moved by a restore that then failed only leaves
 * a gap in the ids.
 */
final class Identities {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Identities() {}

  /** The highest id of each table with an identity, as its rows file holds them. */
  static Map<String, Long> highest(Path folder) {
    Map<String, Long> highest = new LinkedHashMap<>();
    for (Table table : InstallationTables.EXPORTED) {
      if (!table.identity()) {
        continue;
      }
      String path = Contents.rowsPath(table);
      long max = 0;
      int number = 0;
      try (BufferedReader in =
          Files.newBufferedReader(folder.resolve(path), StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (++number == 1) {
            continue;
          }
          JsonNode id = JSON.readTree(line).get("id");
          if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw RowsFile.problem(path, number, 1, "has a row without a whole-number id");
          }
          max = Math.max(max, id.longValue());
        }
      } catch (JacksonException e) {
        throw RowsFile.problem(path, number, 1, "is not JSON: " + e.getOriginalMessage());
      } catch (CharacterCodingException e) {
        throw RowsFile.problem(path, 1, 1, "is not UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      highest.put(table.name(), max);
    }
    return highest;
  }

  static void moveBeyond(Connection connection, Map<String, Long> highest) throws SQLException {
    boolean postgres =
        connection
            .getMetaData()
            .getDatabaseProductName()
            .toLowerCase(Locale.ROOT)
            .contains("postgres");
    for (Map.Entry<String, Long> table : highest.entrySet()) {
      if (postgres) {
        moveSequence(connection, table.getKey(), table.getValue());
      } else {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "alter table "
                  + table.getKey()
                  + " alter column id restart with "
                  + (table.getValue() + 1));
        }
      }
    }
  }

  /**
   * PostgreSQL: the application's role may not set a sequence (only its owner may), but it may draw
   * from it; it draws until the next id is beyond {@code highest}.
   */
  private static void moveSequence(Connection connection, String table, long highest)
      throws SQLException {
    String sequence;
    try (PreparedStatement statement =
        connection.prepareStatement("select pg_get_serial_sequence(?, 'id')")) {
      statement.setString(1, table);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        sequence = rs.getString(1);
      }
    }
    long next;
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select last_value, is_called from " + sequence)) {
      rs.next();
      next = rs.getBoolean(2) ? rs.getLong(1) + 1 : rs.getLong(1);
    }
    if (next <= highest) {
      try (PreparedStatement statement =
          connection.prepareStatement(
              "select max(nextval(?::regclass)) from generate_series(1, ?)")) {
        statement.setString(1, sequence);
        statement.setLong(2, highest - next + 1);
        statement.executeQuery().close();
      }
    }
  }
}
