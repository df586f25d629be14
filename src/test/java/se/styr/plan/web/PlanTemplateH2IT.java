package se.styr.plan.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.H2Database;

/** The municipality's template on the embedded database. */
class PlanTemplateH2IT extends PlanTemplateContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
