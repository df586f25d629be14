package se.styr.forecast.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.OnPostgres;
import se.styr.it.PostgresDatabase;

/** The forecast tab on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class ForecastPagePostgresIT extends ForecastPageContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
