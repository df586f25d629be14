package se.styr.plan.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.H2Database;

/** The council goals followed on the embedded database. */
class CouncilGoalsH2IT extends CouncilGoalsContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
