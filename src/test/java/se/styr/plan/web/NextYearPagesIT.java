package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
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
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * "Start next year's plan" in the browser: Trollhättan's decided 2024 plan rolled into 2025, first
 * seen column by column with nothing stored, then made a draft; not twice, not from a draft.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-next-year-it"})
@AutoConfigureMockMvc
class NextYearPagesIT {
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
  void aControllerSeesWhatNextYearsDraftTakesOverThenMakesItOnce() throws Exception {
    if (versions.plan("1488", "omsorgsnamnden", 2024).isEmpty()) {
      plans.store(
          PlanFileReader.read(Path.of("demo/trollhattan-omsorgsnamnden-2024.yaml")), "test");
    }
    PlanSummary plan = versions.plan("1488", "omsorgsnamnden", 2024).orElseThrow();
    new TestUsers(users, encoder)
        .ensure("rollover-controller", Grant.of(Role.CONTROLLER, "1488", plan.committeeId()));
    String version = "/plans/" + plan.planId() + "/versions/1";
    http.perform(get(version + "/history").with(user("rollover-controller")))
        .andExpect(content().string(containsString(version + "/next-year")));
    http.perform(get(version + "/next-year").with(user("rollover-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Planen för 2025")))
        .andExpect(content().string(containsString("Inget är sparat ännu")))
        .andExpect(
            content()
                .string(containsString("historia 2023, 2024; budgetår 2025; planår 2026, 2027")))
        .andExpect(content().string(containsString("<th scope=\"row\">Budget 2025</th>")))
        .andExpect(content().string(containsString("från kolumnen Plan 2025")))
        .andExpect(content().string(containsString("tomma: ingen har planerat")));
    assertThat(versions.plan("1488", "omsorgsnamnden", 2025)).isEmpty();

    http.perform(post(version + "/next-year").with(user("rollover-controller")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    PlanSummary next = versions.plan("1488", "omsorgsnamnden", 2025).orElseThrow();
    assertThat(next.latestStatus()).isEqualTo(PlanStatus.DRAFT);
    PlanDocument stored = plans.load(versions.version(next.planId(), 1).orElseThrow().versionId());
    assertThat(stored.tables().get(0).columns().get(2).label()).isEqualTo("Budget 2025");

    // not twice: the page shows the plan there is
    http.perform(get(version + "/next-year").with(user("rollover-controller")))
        .andExpect(content().string(containsString("har redan en plan för 2025")));
    http.perform(post(version + "/next-year").with(user("rollover-controller")).with(csrf()))
        .andExpect(status().isConflict());
    // not from a draft
    http.perform(
            get("/plans/" + next.planId() + "/versions/1/next-year")
                .with(user("rollover-controller")))
        .andExpect(status().isConflict());
  }
}
