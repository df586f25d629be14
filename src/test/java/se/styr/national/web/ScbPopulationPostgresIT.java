package se.styr.national.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.OnPostgres;
import se.styr.it.PostgresDatabase;

/** SCB's population stored and read on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class ScbPopulationPostgresIT extends ScbPopulationContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
