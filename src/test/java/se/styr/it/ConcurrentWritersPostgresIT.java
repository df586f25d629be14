package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Fifty writers into one table on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class ConcurrentWritersPostgresIT extends ConcurrentWritersContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
