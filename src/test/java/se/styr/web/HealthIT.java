package se.styr.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.it.H2Database;

/**
 * A load balancer's checks: liveness and readiness are open to anyone and say only UP or not; a
 * node refusing traffic (shutting down) is not ready; no other actuator endpoint is exposed.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-health-it"})
@AutoConfigureMockMvc
class HealthIT {
  @Autowired MockMvc http;
  @Autowired ApplicationContext context;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void livenessAndReadinessAreOpenAndSayOnlyWhetherTheNodeIsUp() throws Exception {
    http.perform(get("/actuator/health/liveness"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"UP\"")));
    http.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"UP\"")))
        .andExpect(content().string(not(containsString("components"))));
    http.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("db"))));
  }

  @Test
  void aNodeThatRefusesTrafficIsNotReadySoTheBalancerDrainsIt() throws Exception {
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      http.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
      http.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
  }

  @Test
  void theReplicaHealthSaysWhereReadsGoWithoutMakingTheNodeUnready() throws Exception {
    http.perform(get("/actuator/health/replica"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"reads\":\"primary\"")))
        .andExpect(content().string(containsString("\"replica\":\"NONE\"")));
    http.perform(get("/actuator/health/readiness"))
        .andExpect(content().string(not(containsString("replica"))));
  }

  @Test
  void noOtherActuatorEndpointIsExposed() throws Exception {
    for (String endpoint : new String[] {"env", "beans", "metrics", "configprops", "heapdump"}) {
      http.perform(get("/actuator/" + endpoint)).andExpect(status().isNotFound());
    }
  }
}
