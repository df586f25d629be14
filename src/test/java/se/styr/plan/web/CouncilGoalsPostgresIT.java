package se.styr.plan.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.OnPostgres;
import se.styr.it.PostgresDatabase;

/** The council goals followed on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class CouncilGoalsPostgresIT extends CouncilGoalsContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
