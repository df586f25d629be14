package se.styr.plan.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.H2Database;

/**
 * The plan's audit tab and the audit log's immutability on the embedded H2 file database (the
 * default).
 */
class PlanAuditIT extends PlanAuditContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
