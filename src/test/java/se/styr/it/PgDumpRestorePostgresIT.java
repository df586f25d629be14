package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import se.styr.installation.InstallationExport;

/**
 * The pg_dump procedure of docs/backup.md, tested: the demo installation in a new database, dumped
 * with pg_dump -Fc, restored with pg_restore into another new database made with the roles script,
 * and Styr started on the copy exports the same installation. Skipped, saying so, where PostgreSQL
 * or pg_dump and pg_restore are missing.
 */
@OnPostgres
class PgDumpRestorePostgresIT {
  private static final Pattern SERVER =
      Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)");
  private final List<String> databases = new ArrayList<>();

  @TempDir Path temp;

  @AfterEach
  void dropDatabases() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(PostgresDatabase.URL, PostgresDatabase.USER, "");
        Statement statement = connection.createStatement()) {
      for (String database : databases) {
        statement.execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  @Test
  void aDumpRestoredIntoANewDatabaseExportsTheSameInstallation() throws Exception {
    assumeTrue(
        runs("pg_dump", "--version") && runs("pg_restore", "--version"),
        "pg_dump or pg_restore is not on the PATH: the test of restoring a dump is skipped");
    Matcher server = SERVER.matcher(PostgresDatabase.URL);
    assumeTrue(server.find(), "STYR_TEST_PG_URL is not of the form jdbc:postgresql://host:port/db");
    String host = server.group(1);
    String port = server.group(2) == null ? "5432" : server.group(2);

    String original = newDatabase(host, port);
    Path before = temp.resolve("before");
    try (ConfigurableApplicationContext styr = start(host, port, original, true)) {
      styr.getBean(InstallationExport.class).export(before);
    }
    Path dump = temp.resolve("styr.dump");
    run(tool("pg_dump", host, port, "-Fc", "-d", original, "-f", dump.toString()));

    String copy = newDatabase(host, port);
    run(tool("pg_restore", host, port, "--exit-on-error", "-d", copy, dump.toString()));
    Path after = temp.resolve("after");
    try (ConfigurableApplicationContext styr = start(host, port, copy, false)) {
      styr.getBean(InstallationExport.class).export(after);
    }

    Map<String, String> expected = files(before);
    Map<String, String> actual = files(after);
    assertThat(expected).containsKey("database/plan_version.jsonl");
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * A new database with Styr's roles' grants (db/setup/postgresql-roles.sql), run as the test user.
   */
  private String newDatabase(String host, String port) throws SQLException, IOException {
    String name =
        "styr_dump_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 10)
                .toLowerCase(Locale.ROOT);
    try (Connection connection =
            DriverManager.getConnection(PostgresDatabase.URL, PostgresDatabase.USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    databases.add(name);
    try (Connection connection =
            DriverManager.getConnection(url(host, port, name), PostgresDatabase.USER, "");
        Statement statement = connection.createStatement();
        InputStream script = getClass().getResourceAsStream("/db/setup/postgresql-roles.sql")) {
      statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
    }
    return name;
  }

  private static String url(String host, String port, String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  private static ConfigurableApplicationContext start(
      String host, String port, String database, boolean demo) {
    return InstallationBackupContract.styr(
        PostgresInstallations.settings(url(host, port, database), null), demo);
  }

  /** A PostgreSQL tool's command line: the tool, the server as the test user, then {@code args}. */
  private static String[] tool(String name, String host, String port, String... args) {
    List<String> command =
        new ArrayList<>(List.of(name, "-h", host, "-p", port, "-U", PostgresDatabase.USER));
    command.addAll(List.of(args));
    return command.toArray(String[]::new);
  }

  /** Every file of an export with its text; the manifest without the time it was written. */
  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        files.put(
            folder.relativize(file).toString(), text.replaceAll("\"exportedAt\": \"[^\"]*\"", ""));
      }
    }
    return files;
  }

  private static boolean runs(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(String... command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
      assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
