package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Decided versions and the audit log are refused changes by the database itself, on PostgreSQL;
 * skipped, saying so, where none is reachable.
 */
@OnPostgres
class ReadOnlyDatabasePostgresIT extends ReadOnlyDatabaseContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
