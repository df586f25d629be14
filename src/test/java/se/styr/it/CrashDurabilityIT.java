package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.styr.plan.PlanFiles;
import se.styr.security.Grant;
import se.styr.security.Passwords;

/**
 * An answered write survives a crash: Styr runs as a process of its own on a loopback port, a plan
 * is imported, then one figure of it is changed through the API again and again as fast as Styr
 * answers, and the process is killed (SIGKILL) in the middle of it. Every change answered 200
 * before the kill, and its audit entry, must be in the database afterwards, on the embedded H2 file
 * database and on PostgreSQL.
 */
class CrashDurabilityIT {
  private static final String PASSWORD = "ett lösenord för kraschprovet";
  private static final Pattern PLAN_ID = Pattern.compile("\"planId\"\\s*:\\s*(\\d+)");

  @Test
  @Timeout(180)
  void answeredWritesSurviveAKillOnH2() throws Exception {
    Path data = Files.createTempDirectory("styr-crash-");
    String url =
        "jdbc:h2:file:"
            + data
            + "/styr;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    prepare(url + ";AUTO_SERVER=FALSE", "sa", "h2");
    crashAndCheck(
        url + ";AUTO_SERVER=TRUE",
        "sa",
        List.of("--styr.data-dir=" + data),
        data.resolve("styr.log"));
  }

  @Test
  @Timeout(180)
  void answeredWritesSurviveAKillOnPostgres() throws Exception {
    String base = env("STYR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = env("STYR_TEST_PG_USER", "postgres");
    assumeTrue(
        reachable(base, user),
        "PostgreSQL is not reachable at " + base + ": the PostgreSQL crash test is skipped");
    String schema = "styr_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    Path logs = Files.createTempDirectory("styr-crash-pg-");
    try {
      prepare(url, user, "postgresql", schema);
      crashAndCheck(
          url,
          user,
          List.of(
              "--spring.datasource.url=" + url,
              "--spring.datasource.username=" + user,
              "--spring.datasource.password=",
              "--spring.flyway.schemas=" + schema,
              "--styr.data-dir=" + logs),
          logs.resolve("styr.log"));
    } finally {
      try (Connection connection = DriverManager.getConnection(base, user, "");
          Statement statement = connection.createStatement()) {
        statement.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  /** Migrates the database as the application would and adds an installation administrator. */
  private static void prepare(String url, String user, String vendor, String... schemas)
      throws SQLException {
    Flyway.configure()
        .dataSource(url, user, "")
        .schemas(schemas)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      String hash = Passwords.encoder().encode(PASSWORD).replace("'", "''");
      statement.execute(
          "insert into app_user (username, username_key, display_name, password_hash, enabled,"
              + " created_at, must_change_password) values ('krasch', 'krasch', 'Kraschprov', '"
              + hash
              + "', true, current_timestamp, false)");
      Grant admin = Grant.administrator();
      statement.execute(
          "insert into role_grant (user_id, role) select id, '"
              + admin.role().name()
              + "' from app_user where username = 'krasch'");
    }
  }

  private void crashAndCheck(String url, String user, List<String> settings, Path log)
      throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("se.styr.Styr");
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.add("--styr.demo.load=false");
    command.add("--styr.documents.warm-up=false");
    command.addAll(settings);
    Process styr =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    List<Long> answered = new CopyOnWriteArrayList<>();
    long planId;
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      awaitStart(client, port, styr, log);
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("krasch:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> imported =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/plans"))
                  .header("Authorization", basic)
                  .header("Content-Type", "application/yaml")
                  .POST(HttpRequest.BodyPublishers.ofString(PlanFiles.VALID))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
      Matcher id = PLAN_ID.matcher(imported.body());
      assertThat(id.find()).isTrue();
      planId = Long.parseLong(id.group(1));
      String cell =
          "http://127.0.0.1:"
              + port
              + "/api/plans/"
              + planId
              + "/versions/1/tables/drift/cells/sabo/b2024";
      // Small writes, one after another, each naming the lock version the one before answered.
      Thread writer =
          new Thread(
              () -> {
                int lock = 0;
                for (int i = 1; ; i++) {
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(cell))
                          .header("Authorization", basic)
                          .header("Content-Type", "application/json")
                          .header("If-Match", "\"" + lock + "\"")
                          .timeout(Duration.ofSeconds(20))
                          .PUT(
                              HttpRequest.BodyPublishers.ofString(
                                  "{\"value\": " + (1000 + i) + "}"))
                          .build();
                  try {
                    HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException(
                          "write " + i + ": " + response.statusCode() + " " + response.body());
                    }
                    lock =
                        Integer.parseInt(
                            response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
                    answered.add((long) lock);
                  } catch (IOException | InterruptedException e) {
                    return; // the process is gone: this one was not answered
                  }
                }
              });
      writer.start();
      Instant deadline = Instant.now().plusSeconds(60);
      while (answered.size() < 50 && Instant.now().isBefore(deadline) && writer.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(writer.isAlive()).as("the imports went on until the kill").isTrue();
      styr.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the database
      styr.waitFor();
      writer.join(30_000);
    } finally {
      styr.destroyForcibly();
      styr.waitFor();
    }
    assertThat(answered).hasSizeGreaterThanOrEqualTo(50);
    long lastAnswered = answered.get(answered.size() - 1);

    long storedLock;
    long audited;
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery(
              "select t.lock_version from budget_table t join plan_version v on v.id ="
                  + " t.plan_version_id where v.plan_id = "
                  + planId
                  + " and t.table_key = 'drift'")) {
        assertThat(rows.next()).isTrue();
        storedLock = rows.getLong(1);
      }
      try (ResultSet rows =
          statement.executeQuery(
              "select count(*) from audit_entry where plan_id = "
                  + planId
                  + " and action = 'FIGURE_CHANGED'")) {
        rows.next();
        audited = rows.getLong(1);
      }
    }
    // One write may have been stored without its answer reaching the client: never fewer.
    assertThat(storedLock)
        .as("the table's lock version after the kill; %d writes were answered", answered.size())
        .isGreaterThanOrEqualTo(lastAnswered);
    assertThat(audited)
        .as("audit entries of the answered writes after the kill")
        .isGreaterThanOrEqualTo(answered.size());
  }

  private static void awaitStart(HttpClient client, int port, Process styr, Path log)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      if (!styr.isAlive()) {
        throw new IllegalStateException(
            "Styr ended before it answered: " + Files.readString(log).lines().limit(80).toList());
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Styr did not answer within two minutes; see " + log);
  }

  private static boolean reachable(String url, String user) {
    DriverManager.setLoginTimeout(3);
    try (Connection connection = DriverManager.getConnection(url, user, "")) {
      return connection.isValid(3);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
