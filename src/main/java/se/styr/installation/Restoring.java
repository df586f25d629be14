package se.styr.installation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.styr.installation.InstallationTables.Table;
import se.styr.installation.TableRows.DatabaseColumn;

/**
 * The inserting part of one restore, in its transaction. The database's own rules stay on: a
 * decided version's parts and a closed occasion's entries may not be added, so versions are
 * inserted as drafts and occasions as open, with their parts, and then moved on to their status as
 * exported (which the rules allow: a status only moves forward). The audit log is only added to.
 */
final class Restoring {
  private record VersionState(String status, Long councilVersion) {}

  private final Connection connection;
  private final Path folder;
  private final String unusablePassword;
  private final Map<Long, VersionState> versions = new LinkedHashMap<>();
  private final Map<Long, String> occasions = new LinkedHashMap<>();

  Restoring(Connection connection, Path folder, String unusablePassword) {
    this.connection = connection;
    this.folder = folder;
    this.unusablePassword = unusablePassword;
  }

  void insert(Table table) throws SQLException {
    List<DatabaseColumn> columns = TableRows.columns(connection, table.name());
    String sql =
        "insert into "
            + table.name()
            + " ("
            + columns.stream().map(DatabaseColumn::name).collect(Collectors.joining(", "))
            + ") values ("
            + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
            + ")";
    String path = Contents.rowsPath(table);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      RowsFile.read(
          folder.resolve(path),
          path,
          table.name(),
          TableRows.exported(columns),
          (line, values) -> {
            adjust(table.name(), values);
            try {
              for (int i = 0; i < columns.size(); i++) {
                DatabaseColumn column = columns.get(i);
                RowFormat.bind(
                    statement, i + 1, values.get(column.exported().name()), column.sqlType());
              }
              statement.executeUpdate();
            } catch (SQLException | ArithmeticException e) {
              throw RowsFile.problem(path, line, 1, "cannot be stored: " + e.getMessage());
            }
          });
    }
  }

  private void adjust(String table, Map<String, Object> values) {
    switch (table) {
      case "plan_version" -> {
        long id = (Long) values.get("id");
        String status = (String) values.get("status");
        Long council = (Long) values.get("council_version_id");
        if (!"DRAFT".equals(status) || council != null) {
          versions.put(id, new VersionState(status, council));
        }
        values.put("status", "DRAFT");
        values.put("council_version_id", null);
      }
      case "follow_up_occasion" -> {
        String status = (String) values.get("status");
        if (!"OPEN".equals(status)) {
          occasions.put((Long) values.get("id"), status);
        }
        values.put("status", "OPEN");
      }
      case "app_user" -> {
        Object has = values.remove(InstallationTables.HAS_PASSWORD);
        values.put(
            InstallationTables.HAS_PASSWORD, Boolean.TRUE.equals(has) ? unusablePassword : null);
      }
      default -> {}
    }
  }

  /** Moves versions and occasions on to their status, and the national data's stamp on. */
  void finish() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "update plan_version set status = ?, council_version_id = ? where id = ?")) {
      for (Map.Entry<Long, VersionState> version : versions.entrySet()) {
        statement.setString(1, version.getValue().status());
        RowFormat.bind(statement, 2, version.getValue().councilVersion(), java.sql.Types.BIGINT);
        statement.setLong(3, version.getKey());
        statement.executeUpdate();
      }
    } catch (SQLException e) {
      throw RowsFile.problem(
          Contents.rowsPath(table("plan_version")), 1, 1, "cannot be stored: " + e.getMessage());
    }
    try (PreparedStatement statement =
        connection.prepareStatement("update follow_up_occasion set status = ? where id = ?")) {
      for (Map.Entry<Long, String> occasion : occasions.entrySet()) {
        statement.setString(1, occasion.getValue());
        statement.setLong(2, occasion.getKey());
        statement.executeUpdate();
      }
    } catch (SQLException e) {
      throw RowsFile.problem(
          Contents.rowsPath(table("follow_up_occasion")),
          1,
          1,
          "cannot be stored: " + e.getMessage());
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "update cache_stamp set revision = revision + 1 where name = 'national'")) {
      statement.executeUpdate();
    }
  }

  private static Table table(String name) {
    return InstallationTables.EXPORTED.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
