package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Decided versions and the audit log are refused changes by the database itself, on the embedded H2
 * file database (the default).
 */
class ReadOnlyDatabaseH2IT extends ReadOnlyDatabaseContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
