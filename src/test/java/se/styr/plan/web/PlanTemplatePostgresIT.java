package se.styr.plan.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.OnPostgres;
import se.styr.it.PostgresDatabase;

/** The municipality's template on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class PlanTemplatePostgresIT extends PlanTemplateContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
