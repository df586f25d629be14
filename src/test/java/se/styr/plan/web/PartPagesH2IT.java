package se.styr.plan.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.H2Database;

/** The plan's part pages on the embedded database. */
class PartPagesH2IT extends PartPagesContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
