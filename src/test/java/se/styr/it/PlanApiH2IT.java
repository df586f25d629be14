package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API on the embedded H2 file database (the default). */
class PlanApiH2IT extends PlanApiContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
