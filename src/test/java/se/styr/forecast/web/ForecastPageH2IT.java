package se.styr.forecast.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.H2Database;

/** The forecast tab on the embedded database. */
class ForecastPageH2IT extends ForecastPageContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }
}
