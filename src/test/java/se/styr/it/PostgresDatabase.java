package se.styr.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Runs a test class against PostgreSQL (127.0.0.1:5432, database test, trust auth; override with
 * STYR_TEST_PG_URL and STYR_TEST_PG_USER) in a schema of its own, dropped afterwards. As in
 * production, the migrations run as the owner role styr_owner and the application as styr_app,
 * which owns nothing (db/setup/postgresql-roles.sql, run first by the test user, a superuser);
 * where the test user cannot make those roles, everything runs as the test user, saying so. Without
 * a reachable PostgreSQL, or with -Dstyr.skipPostgres=true, the class is skipped with a message
 * saying so.
 */
public final class PostgresDatabase implements ExecutionCondition, AfterAllCallback {
  static final String URL = env("STYR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = env("STYR_TEST_PG_USER", "postgres");
  static final String OWNER = "styr_owner";
  static final String APP = "styr_app";
  private static volatile String unreachable;
  private static volatile boolean roles;
  private static volatile boolean probed;
  private static String schema;

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Boolean.getBoolean("styr.skipPostgres")) {
      return ConditionEvaluationResult.disabled(
          "PostgreSQL tests skipped: -Dstyr.skipPostgres=true");
    }
    String reason = unreachableReason();
    if (reason != null) {
      return ConditionEvaluationResult.disabled(reason);
    }
    return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
  }

  private static synchronized String unreachableReason() {
    if (!probed) {
      probed = true;
      DriverManager.setLoginTimeout(3);
      try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
        connection.isValid(3);
        roles = makeRoles(connection);
      } catch (SQLException e) {
        unreachable =
            "PostgreSQL is not reachable at "
                + URL
                + " as "
                + USER
                + " ("
                + e.getMessage()
                + "): the PostgreSQL tests are skipped. Start PostgreSQL or set STYR_TEST_PG_URL to"
                + " run them.";
        System.err.println("[styr] " + unreachable);
      }
    }
    return unreachable;
  }

  /** Runs the shipped role set-up; false (saying why) where the test user may not. */
  private static boolean makeRoles(Connection connection) {
    try (InputStream script =
            PostgresDatabase.class.getResourceAsStream("/db/setup/postgresql-roles.sql");
        Statement statement = connection.createStatement()) {
      statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
      return true;
    } catch (SQLException | IOException e) {
      System.err.println(
          "[styr] The roles "
              + OWNER
              + " and "
              + APP
              + " could not be made ("
              + e.getMessage()
              + "): the PostgreSQL tests run as "
              + USER
              + " alone.");
      return false;
    }
  }

  /** The role the application signs in as in the PostgreSQL tests. */
  public static String applicationUser() {
    return roles ? APP : USER;
  }

  /** The role that runs the migrations in the PostgreSQL tests. */
  public static String ownerUser() {
    return roles ? OWNER : USER;
  }

  /** Points the Spring context of the calling test class at a fresh schema. */
  public static synchronized void register(DynamicPropertyRegistry registry) {
    schema =
        "styr_it_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 12)
                .toLowerCase(Locale.ROOT);
    String separator = URL.contains("?") ? "&" : "?";
    registry.add("spring.datasource.url", () -> URL + separator + "currentSchema=" + schema);
    unreachableReason();
    registry.add("spring.datasource.username", PostgresDatabase::applicationUser);
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.user", PostgresDatabase::ownerUser);
    registry.add("spring.flyway.password", () -> "");
    registry.add("spring.flyway.schemas", () -> schema);
    // Spring keeps the contexts of earlier test classes: their pools hold no idle connections, so
    // that many PostgreSQL test classes stay within the server's connection slots.
    registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
    registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    String created;
    synchronized (PostgresDatabase.class) {
      created = schema;
      schema = null;
    }
    if (created == null || unreachable != null) {
      return;
    }
    try (Connection connection = DriverManager.getConnection(URL, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + created + " cascade");
    }
  }
}
