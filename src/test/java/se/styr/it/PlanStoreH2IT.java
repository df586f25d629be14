package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The plan store on the embedded H2 file database (the default). */
class PlanStoreH2IT extends PlanStoreContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
