package se.styr.plan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.it.H2Database;
import se.styr.it.TestUsers;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/** The plan overview as the public and as the committee see it, and malformed addresses. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesIT {
  @Autowired MockMvc http;
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void thePublicSeesTheDecisionButNotWhoStoredEachVersion() throws Exception {
    PlanSummary plan = versions.plan("2061", "omsorgsnamnden", 2025).orElseThrow();
    new TestUsers(users, encoder)
        .ensure(
            "overview-reader", Grant.of(Role.READER, plan.municipalityCode(), plan.committeeId()));
    String overview = "/plans/" + plan.planId() + "/versions/1";
    http.perform(get(overview))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Beslut")))
        .andExpect(content().string(not(containsString("Skapad av"))));
    http.perform(get(overview).with(user("overview-reader")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Skapad av")));
  }

  @Test
  void aDecidedPlanWithoutDecisionDataSaysSoInsteadOfNotDecided() throws Exception {
    PlanSummary plan = versions.plan("0181", "omsorgsnamnden", 2025).orElseThrow();
    http.perform(get("/plans/" + plan.planId() + "/versions/1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Planen anger inga beslutsuppgifter")))
        .andExpect(content().string(not(containsString("Inte beslutad ännu"))));
  }

  @Test
  void aMalformedVersionNumberGetsTheErrorPage() throws Exception {
    http.perform(get("/plans/1/versions/abc"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Något gick fel")));
    http.perform(get("/plans/1/compare").param("from", "abc").param("to", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Något gick fel")));
  }

  @Test
  void theErrorPageSaysWhatWentWrongInTheVisitorsLanguage() throws Exception {
    PlanSummary plan = versions.plan("2061", "omsorgsnamnden", 2025).orElseThrow();
    String missing = "/plans/" + plan.planId() + "/versions/99";
    http.perform(get(missing))
        .andExpect(status().isNotFound())
        .andExpect(
            content().string(containsString("Plan " + plan.planId() + " har ingen version 99")));
    http.perform(get(missing).param("lang", "en"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Plan " + plan.planId() + " has no version 99")))
        .andExpect(content().string(not(containsString("har ingen version"))));
    http.perform(get("/plans/1/versions/abc").param("lang", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Something went wrong")))
        .andExpect(content().string(containsString("is not valid here.")));
  }
}
