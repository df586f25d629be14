package se.styr.national.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.OnPostgres;
import se.styr.it.PostgresDatabase;

/** Linking an indicator to Kolada on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class KoladaLinkPostgresIT extends KoladaLinkContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
