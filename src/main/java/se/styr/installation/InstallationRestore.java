package se.styr.installation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styr.installation.InstallationTables.Table;
import se.styr.security.Passwords;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Restores an installation export into an empty installation, all or nothing (docs/backup.md): the
 * manifest and every file's SHA-256 are checked first, then every row is stored in one transaction,
 * and before it commits, what was stored is exported again (without writing) and must give every
 * file of the export, byte for byte; any difference, bad file or refused row undoes it all.
 */
@Component
public class InstallationRestore {
  private final DataSource dataSource;
  private final TransactionTemplate transactions;
  private final Views views;
  private final InstallationExport export;
  private final PasswordEncoder encoder;

  InstallationRestore(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      Views views,
      InstallationExport export,
      PasswordEncoder encoder) {
    this.dataSource = dataSource;
    this.transactions = new TransactionTemplate(transactions);
    this.views = views;
    this.export = export;
    this.encoder = encoder;
  }

  /** Restores the export in {@code folder}; the count of each kind restored. */
  public Map<String, Long> restore(Path folder) {
    Manifest manifest = manifest(folder);
    checkFiles(folder, manifest);
    String schema = export.schemaVersion();
    if (!schema.equals(manifest.schema())) {
      throw new StyrException(
          ErrorCode.CONFLICT,
          Text.verbatim(
              "The export was written at schema version "
                  + manifest.schema()
                  + ", this installation is at "
                  + schema
                  + ": restore it with the Styr version that wrote it ("
                  + manifest.styr()
                  + "), then start the newer one, which migrates it"));
    }
    withConnection(
        connection -> {
          requireEmpty(connection);
          Identities.moveBeyond(connection, Identities.highest(folder));
          return null;
        });
    // Nobody is told this password: a restored account signs in after an administrator's reset.
    String unusable = encoder.encode(Passwords.oneTime() + Passwords.oneTime());
    return transactions.execute(
        status ->
            withConnection(
                connection -> {
                  requireEmpty(connection);
                  Restoring restoring = new Restoring(connection, folder, unusable);
                  for (Table table : InstallationTables.EXPORTED) {
                    restoring.insert(table);
                  }
                  restoring.finish();
                  verify(connection, manifest);
                  return manifest.counts();
                }));
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T withConnection(Work<T> work) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("the database refused the restore: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static Manifest manifest(Path folder) {
    Path file = folder.resolve(Manifest.FILE);
    if (!Files.isRegularFile(file)) {
      throw RowsFile.problem(
          Manifest.FILE, 1, 1, "is missing: " + folder + " holds no installation export");
    }
    try {
      return Manifest.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw RowsFile.problem(Manifest.FILE, 1, 1, "is not UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file the manifest lists is there with its SHA-256, and no other file is. */
  private static void checkFiles(Path folder, Manifest manifest) {
    Set<String> listed = new TreeSet<>();
    for (Manifest.Entry entry : manifest.files()) {
      String path = entry.path();
      if (!path.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*")
          || Stream.of(path.split("/")).anyMatch(part -> part.equals("..") || part.equals("."))
          || !listed.add(path)) {
        throw RowsFile.problem(
            Manifest.FILE, 1, 1, "lists " + path + ", which is no path inside the export or twice");
      }
      Path file = folder.resolve(path);
      if (!Files.isRegularFile(file)) {
        throw RowsFile.problem(path, 1, 1, "is missing (manifest.json lists it)");
      }
      String actual = sha256(file);
      if (!actual.equals(entry.sha256())) {
        throw RowsFile.problem(
            path,
            1,
            1,
            "has SHA-256 "
                + actual
                + ", not "
                + entry.sha256()
                + " as manifest.json says: it was changed or damaged after the export");
      }
    }
    for (Table table : InstallationTables.EXPORTED) {
      if (!listed.contains(Contents.rowsPath(table))) {
        throw RowsFile.problem(
            Manifest.FILE, 1, 1, "does not list " + Contents.rowsPath(table) + ": it must");
      }
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String path = folder.relativize(file).toString().replace('\\', '/');
        if (!path.equals(Manifest.FILE) && !listed.contains(path)) {
          throw RowsFile.problem(path, 1, 1, "is not listed in manifest.json");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Path file) {
    MessageDigest digest = Contents.sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void requireEmpty(Connection connection) throws SQLException {
    Map<String, Long> held = new LinkedHashMap<>();
    for (Table table : InstallationTables.EXPORTED) {
      long rows = TableRows.count(connection, table.name());
      if (rows > 0) {
        held.put(table.name(), rows);
      }
    }
    if (!held.isEmpty()) {
      throw new StyrException(
          ErrorCode.CONFLICT,
          Text.verbatim(
              "The installation is not empty: it holds "
                  + held.entrySet().stream()
                      .map(
                          e ->
                              e.getKey()
                                  + " ("
                                  + e.getValue()
                                  + (e.getValue() == 1 ? " row)" : " rows)"))
                      .collect(Collectors.joining(", "))
                  + ". A restore goes only into an empty installation: a new database, or a new"
                  + " styr.data-dir (see docs/backup.md)"));
    }
  }

  /** What was stored, exported again without writing, must give the export's files exactly. */
  private void verify(Connection connection, Manifest manifest) throws SQLException {
    Map<String, String> expected = new HashMap<>();
    manifest.files().forEach(e -> expected.put(e.path(), e.sha256()));
    Contents.Written again =
        Contents.write(connection, views, path -> OutputStream.nullOutputStream());
    List<String> differing = new ArrayList<>();
    Map<String, String> actual = new HashMap<>();
    for (Manifest.Entry entry : again.files()) {
      actual.put(entry.path(), entry.sha256());
      if (!entry.sha256().equals(expected.get(entry.path()))) {
        differing.add(entry.path());
      }
    }
    expected.keySet().stream().filter(p -> !actual.containsKey(p)).forEach(differing::add);
    if (!differing.isEmpty()) {
      String first = differing.stream().sorted().findFirst().orElseThrow();
      throw RowsFile.problem(
          first,
          1,
          1,
          (expected.containsKey(first)
                  ? "differs from what the restored rows give"
                  : "is not in the export, but the restored rows give it")
              + " (files that differ: "
              + differing.size()
              + "): the views of the export do not agree with its rows, so nothing was restored");
    }
  }
}
