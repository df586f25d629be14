package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Who may read and change what, on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class SecurityPostgresIT extends SecurityContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
