package se.styr.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The follow-up store on the embedded H2 file database (the default). */
class FollowUpStoreH2IT extends FollowUpStoreContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
