package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.styr.budget.BudgetTable;
import se.styr.it.TestUsers;
import se.styr.organisation.Committee;
import se.styr.organisation.OrganisationStore;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * A municipality's template for new plans, on every database Styr supports: made from a decided
 * plan by whoever manages the whole municipality (not by a committee's controller), and a new plan
 * of another committee started from it with the template's goal levels, headings and tables, its
 * years moved to the new budget year. Subclasses choose the database.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-template-it"})
@AutoConfigureMockMvc
abstract class PlanTemplateContract {
  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired OrganisationStore organisation;

  @Test
  void aMunicipalityControllerMakesATemplateAndAnotherCommitteesPlanStartsFromIt()
      throws Exception {
    if (versions.plan("1440", "socialnamnden", 2024).isEmpty()) {
      plans.store(PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml")), "test");
    }
    PlanSummary ale = versions.plan("1440", "socialnamnden", 2024).orElseThrow();
    PlanDocument decided = plans.load(versions.version(ale.planId(), 1).orElseThrow().versionId());
    long building =
        organisation.saveCommittee("1440", new Committee("byggnadsnamnden", "Byggnadsnämnden"));
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("ale-municipal", Grant.of(Role.CONTROLLER, "1440"));
    accounts.ensure("ale-committee", Grant.of(Role.CONTROLLER, "1440", ale.committeeId()));
    String history = "/plans/" + ale.planId() + "/versions/1/history";

    // a committee's controller neither sees nor may use the action
    http.perform(get(history).with(user("ale-committee")))
        .andExpect(content().string(not(containsString("template-heading"))));
    http.perform(
            post("/plans/" + ale.planId() + "/versions/1/template")
                .with(user("ale-committee"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    http.perform(get(history).with(user("ale-municipal")))
        .andExpect(content().string(containsString("Kommunen har ingen mall ännu")));
    http.perform(
            post("/plans/" + ale.planId() + "/versions/1/template")
                .with(user("ale-municipal"))
                .with(csrf()))
        .andExpect(flash().attributeExists("templateSaved"));
    http.perform(get(history).with(user("ale-municipal")))
        .andExpect(content().string(containsString("Kommunens mall är gjord av")));

    MvcResult created =
        http.perform(
                post("/plans/new")
                    .param("committee", String.valueOf(building))
                    .param("year", "2026")
                    .param("start", "template")
                    .with(user("ale-municipal"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    PlanSummary started = versions.plan("1440", "byggnadsnamnden", 2026).orElseThrow();
    assertThat(created.getResponse().getRedirectedUrl())
        .isEqualTo("/plans/" + started.planId() + "/versions/1");
    PlanDocument draft =
        plans.load(versions.version(started.planId(), 1).orElseThrow().versionId());
    assertThat(draft.goals().goalLevels()).isEqualTo(decided.goals().goalLevels());
    assertThat(draft.goals().goals()).isEmpty();
    assertThat(draft.header().title()).isEqualTo("Nämndplan med budget 2026");
    assertThat(draft.header().period().historyYears()).containsExactly(2025);
    assertThat(draft.header().period().planYears()).containsExactly(2027, 2028, 2029);
    assertThat(draft.tables())
        .extracting(BudgetTable::key)
        .containsExactlyElementsOf(decided.tables().stream().map(BudgetTable::key).toList());
    assertThat(draft.tables()).allSatisfy(t -> assertThat(t.rows()).isEmpty());
    assertThat(draft.tables().get(0).columns())
        .allSatisfy(c -> assertThat(c.year() == null || c.year() >= 2025).isTrue());

    // a municipality without a template says so on the field
    organisation.saveMunicipality(new se.styr.organisation.Municipality("1441", "Lerum"));
    long other =
        organisation.saveCommittee("1441", new Committee("kulturnamnden", "Kulturnämnden"));
    accounts.ensure("lerum-municipal", Grant.of(Role.CONTROLLER, "1441"));
    http.perform(
            post("/plans/new")
                .param("committee", String.valueOf(other))
                .param("year", "2026")
                .param("start", "template")
                .with(user("lerum-municipal"))
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(containsString("har ingen mall ännu")));
  }
}
