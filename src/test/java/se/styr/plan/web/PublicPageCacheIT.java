package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

/** The public's pages of decided versions are kept rendered; nothing personal or unfinished is. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPageCacheIT {
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
  void theSamePublicPageIsServedAgainWithItsSecurityHeaders() throws Exception {
    PlanSummary plan = versions.plan("1488", "omsorgsnamnden", 2024).orElseThrow();
    String page = "/plans/" + plan.planId() + "/versions/1/budget";
    String first =
        http.perform(get(page))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String again =
        http.perform(get(page))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).isEqualTo(first).contains("Driftsammandrag").doesNotContain("csrf-token");
  }

  @Test
  void eachParameterSetIsKeptApart() throws Exception {
    PlanSummary plan = versions.plan("0181", "omsorgsnamnden", 2025).orElseThrow();
    String page = "/plans/" + plan.planId() + "/versions/1/goals";
    for (String year : java.util.List.of("2025", "2026", "2025")) {
      String html =
          http.perform(get(page).param("year", year))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(html).contains("<option value=\"" + year + "\" selected=\"selected\">");
    }
  }

  @Test
  void aSignedInCallerAndADraftAreAlwaysRenderedAfresh() throws Exception {
    PlanSummary plan = versions.plan("1440", "socialnamnden", 2024).orElseThrow();
    new TestUsers(users, encoder)
        .ensure(
            "cache-controller",
            Grant.of(Role.CONTROLLER, plan.municipalityCode(), plan.committeeId()));
    String page = "/plans/" + plan.planId() + "/versions/1";
    http.perform(get(page)).andExpect(status().isOk());
    String signedIn =
        http.perform(get(page).with(user("cache-controller")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(signedIn).contains("Test cache-controller").contains("csrf-token");
    int draft = plans.revise(plan.planId(), 1, "test").number();
    String draftPage = "/plans/" + plan.planId() + "/versions/" + draft;
    http.perform(get(draftPage)).andExpect(status().isNotFound());
    http.perform(get(draftPage).with(user("cache-controller"))).andExpect(status().isOk());
    http.perform(get(draftPage)).andExpect(status().isNotFound());
  }
}
