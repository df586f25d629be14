package se.styr.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The installation export and restore on PostgreSQL, each installation in a schema of its own
 * (migrated as styr_owner, run as styr_app); skipped, saying so, where none is reachable.
 */
@OnPostgres
class InstallationBackupPostgresIT extends InstallationBackupContract {
  private final List<String> schemas = new ArrayList<>();

  @Override
  Map<String, String> freshDatabase() {
    String schema =
        "styr_it_backup_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 10)
                .toLowerCase(Locale.ROOT);
    schemas.add(schema);
    return PostgresInstallations.settings(
        PostgresDatabase.URL
            + (PostgresDatabase.URL.contains("?") ? "&" : "?")
            + "currentSchema="
            + schema,
        schema);
  }

  @Override
  @AfterAll
  void close() {
    super.close();
    try (Connection connection =
            DriverManager.getConnection(PostgresDatabase.URL, PostgresDatabase.USER, "");
        Statement statement = connection.createStatement()) {
      for (String schema : schemas) {
        statement.execute("drop schema if exists " + schema + " cascade");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
