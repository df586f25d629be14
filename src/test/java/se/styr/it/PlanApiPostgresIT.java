package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class PlanApiPostgresIT extends PlanApiContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
