package se.styr.installation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Writes the installation export into a folder (docs/backup.md): every table's rows, the views in
 * Styr's file formats, and manifest.json. Read in one repeatable-read transaction, so that the
 * export is one consistent moment of a running installation.
 */
@Component
public class InstallationExport {
  private final DataSource dataSource;
  private final TransactionTemplate snapshot;
  private final Views views;
  private final ObjectProvider<Flyway> flyway;

  InstallationExport(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      Views views,
      ObjectProvider<Flyway> flyway) {
    this.dataSource = dataSource;
    this.views = views;
    this.flyway = flyway;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
  }

  /** Writes the export into {@code folder} (absent or empty); the count of each kind written. */
  public Map<String, Long> export(Path folder) {
    requireEmpty(folder);
    Contents.Written written =
        snapshot.execute(
            status -> {
              Connection connection = DataSourceUtils.getConnection(dataSource);
              try {
                return Contents.write(connection, views, path -> create(folder, path));
              } catch (SQLException e) {
                throw new IllegalStateException("the database could not be read", e);
              } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
              }
            });
    Manifest manifest =
        new Manifest(
            styrVersion(),
            schemaVersion(),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            written.counts(),
            written.files());
    try {
      Files.writeString(folder.resolve(Manifest.FILE), manifest.write(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written.counts();
  }

  private static OutputStream create(Path folder, String path) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.newOutputStream(file);
  }

  private static void requireEmpty(Path folder) {
    try {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> entries = Files.list(folder)) {
          if (entries.findAny().isPresent()) {
            throw new StyrException(
                ErrorCode.CONFLICT,
                Text.verbatim(folder + " is not empty: an export is written into a new folder"));
          }
        }
      } else if (Files.exists(folder)) {
        throw new StyrException(
            ErrorCode.CONFLICT, Text.verbatim(folder + " is a file, not a folder"));
      }
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version of the schema this installation is migrated to (Flyway's), e.g. "34". */
  String schemaVersion() {
    Flyway migrations = flyway.getIfAvailable();
    if (migrations == null || migrations.info().current() == null) {
      return "unknown";
    }
    return migrations.info().current().getVersion().getVersion();
  }

  static String styrVersion() {
    String version = InstallationExport.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }
}
