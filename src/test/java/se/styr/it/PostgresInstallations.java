package se.styr.it;

import java.util.LinkedHashMap;
import java.util.Map;

/** The settings of an application started on its own (not a Spring test context) on PostgreSQL. */
final class PostgresInstallations {
  private PostgresInstallations() {}

  /**
   * Styr on {@code url} (in {@code schema}, or the database's default where null): migrations as
   * the owner role, the application as the role that owns nothing, a small pool without idle
   * connections (the server's connection slots are shared with every other test).
   */
  static Map<String, String> settings(String url, String schema) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", url);
    settings.put("spring.datasource.username", PostgresDatabase.applicationUser());
    settings.put("spring.datasource.password", "");
    settings.put("spring.flyway.user", PostgresDatabase.ownerUser());
    settings.put("spring.flyway.password", "");
    if (schema != null) {
      settings.put("spring.flyway.schemas", schema);
    }
    settings.put("spring.datasource.hikari.minimum-idle", "0");
    settings.put("spring.datasource.hikari.maximum-pool-size", "4");
    settings.put("spring.datasource.hikari.idle-timeout", "10000");
    return settings;
  }
}
