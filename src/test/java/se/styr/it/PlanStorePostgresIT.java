package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The plan store on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class PlanStorePostgresIT extends PlanStoreContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
