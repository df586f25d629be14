package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import se.styr.organisation.OrganisationStore;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * Starting in the browser without a file (issue 16): an administrator adds a municipality from
 * SCB's list and a committee by name; the committee's controller starts a blank plan for a year,
 * which reads back as a plan file; a second plan for the same year is not made.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
class PlanStartPagesIT {
  @Autowired MockMvc http;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired OrganisationStore organisation;
  @Autowired Versions versions;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void anAdministratorAddsAMunicipalityAndACommitteeWhoseControllerStartsABlankPlan()
      throws Exception {
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("installation-admin", Grant.administrator());
    http.perform(get("/admin/organisation").with(user("installation-admin")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("<option value=\"1489\">1489 Alingsås</option>")));
    http.perform(
            post("/admin/organisation/municipalities")
                .param("code", "1489")
                .with(user("installation-admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    http.perform(
            post("/admin/organisation/municipalities")
                .param("code", "9999")
                .with(user("installation-admin"))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"municipality-error\"")));
    http.perform(
            post("/admin/organisation/municipalities/1489/committees")
                .param("name", " ")
                .with(user("installation-admin"))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"committee-error-1489\"")));
    http.perform(
            post("/admin/organisation/municipalities/1489/committees")
                .param("name", "Vård- och omsorgsnämnden")
                .with(user("installation-admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    OrganisationStore.StoredCommittee committee =
        organisation.committees("1489").stream().findFirst().orElseThrow();
    assertThat(committee.committee().key()).isEqualTo("vard-och-omsorgsnamnden");
    http.perform(get("/admin/organisation").with(user("installation-admin")))
        .andExpect(content().string(containsString("Vård- och omsorgsnämnden")));

    accounts.ensure("alingsas-controller", Grant.of(Role.CONTROLLER, "1489", committee.id()));
    // a controller of one committee neither adds municipalities nor sees the choice
    http.perform(get("/admin/organisation").with(user("alingsas-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"municipality-code\""))));
    http.perform(
            post("/admin/organisation/municipalities")
                .param("code", "1490")
                .with(user("alingsas-controller"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    http.perform(get("/plans/new").with(user("alingsas-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Alingsås, Vård- och omsorgsnämnden")));
    http.perform(
            post("/plans/new")
                .param("committee", String.valueOf(committee.id()))
                .param("year", "tjugo")
                .param("historyYears", "9")
                .with(user("alingsas-controller"))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("href=\"#year\"")))
        .andExpect(content().string(containsString("id=\"historyYears-error\"")));
    http.perform(
            post("/plans/new")
                .param("committee", String.valueOf(committee.id()))
                .param("year", "2027")
                .param("historyYears", "2")
                .param("planYears", "2")
                .with(user("alingsas-controller"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    PlanSummary plan = versions.plan("1489", "vard-och-omsorgsnamnden", 2027).orElseThrow();
    assertThat(plan.title()).isEqualTo("Verksamhetsplan 2027");
    String overview = "/plans/" + plan.planId() + "/versions/1";
    http.perform(get(overview).with(user("alingsas-controller"))).andExpect(status().isOk());
    String file =
        http.perform(get(overview + "/file").with(user("alingsas-controller")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    PlanDocument read = PlanFileReader.read("blank.yaml", file);
    assertThat(read.header().period().historyYears()).containsExactly(2025, 2026);
    assertThat(read.header().period().planYears()).containsExactly(2028, 2029);
    http.perform(
            post("/plans/new")
                .param("committee", String.valueOf(committee.id()))
                .param("year", "2027")
                .with(user("alingsas-controller"))
                .with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("har redan en plan för 2027")))
        .andExpect(content().string(containsString("href=\"" + overview + "\"")));

    accounts.ensure("alingsas-editor", Grant.editorOfArea("1489", committee.id(), "x"));
    http.perform(get("/plans/new").with(user("alingsas-editor"))).andExpect(status().isForbidden());
  }
}
