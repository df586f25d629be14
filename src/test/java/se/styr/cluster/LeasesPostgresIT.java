package se.styr.cluster;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.OnPostgres;
import se.styr.it.PostgresDatabase;

/** Background work's leases on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class LeasesPostgresIT extends LeasesContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
