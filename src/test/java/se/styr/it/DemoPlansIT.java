package se.styr.it;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh start of Styr on its default database holds the five seed plans and the demo follow-ups
 * of Lerum and Södertälje.
 */
@SpringBootTest(properties = "styr.demo.load=true")
@AutoConfigureMockMvc
class DemoPlansIT {
  @Autowired MockMvc http;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void startsWithTheFiveSeedPlans() throws Exception {
    http.perform(get("/api/plans"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(5)))
        .andExpect(
            jsonPath(
                "$[*].municipalityName",
                containsInAnyOrder("Ale", "Lerum", "Smedjebacken", "Södertälje", "Trollhättan")))
        .andExpect(
            jsonPath(
                "$[*].planKey",
                containsInAnyOrder(
                    "1440/socialnamnden/2024",
                    "1441/stod-och-omsorgsnamnden/2024",
                    "2061/omsorgsnamnden/2025",
                    "0181/omsorgsnamnden/2025",
                    "1488/omsorgsnamnden/2024")));
  }

  @Autowired se.styr.version.Versions versions;

  @Test
  void startsWithTheDemoFollowUpsOfLerumAndSodertalje() throws Exception {
    long lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow().planId();
    long sodertalje = versions.plan("0181", "omsorgsnamnden", 2025).orElseThrow().planId();
    // the public sees the reported and closed ones: Lerum's tertial report, Södertälje's delår
    http.perform(get("/api/plans/" + lerum + "/versions/2/follow-ups"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].key", containsInAnyOrder("t1-2024")));
    http.perform(get("/api/plans/" + sodertalje + "/versions/1/follow-ups"))
        .andExpect(jsonPath("$[*].key", containsInAnyOrder("delar-2025")));
  }

  @Test
  void servesTheStartPageInSwedish() throws Exception {
    http.perform(get("/")).andExpect(status().isOk());
  }
}
