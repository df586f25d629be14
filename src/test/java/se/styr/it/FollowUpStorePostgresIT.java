package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The follow-up store on PostgreSQL; skipped, saying so, where none is reachable. */
@OnPostgres
class FollowUpStorePostgresIT extends FollowUpStoreContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
