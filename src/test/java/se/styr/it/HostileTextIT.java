package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.styr.it.TestUsers.basic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.styr.plan.PlanFiles;
import se.styr.security.AuditLog;
import se.styr.version.PlanSummary;

/**
 * Text that a plan file or a form brings in is shown as text: a plan whose names, titles, labels,
 * notes, goals and decision are script and markup is stored as it is, and every page renders it
 * escaped; the raw markup never reaches the HTML.
 */
class HostileTextIT extends AccessFixture {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
  private static final String CODE = "0380";

  /** The small test plan with its goal chain, every text of it hostile. */
  private static final String FILE =
      (PlanFiles.VALID
              + """
              goalLevels:
                - {key: kf, name: 'SCRIPT', kind: council_goal, rule: kf}
                - {key: nm, name: 'IMAGE', kind: committee_goal, rule: medel}
              assessment:
                indicatorRule: indikator
                rules:
                  - {key: indikator, kind: improvement}
                  - {key: kf, kind: inherit}
                  - key: medel
                    kind: mean
                    precision: 2
                    gaps: unassessed
                    bands:
                      - {from: 0.00, to: 0.49, result: not_met}
                      - {from: 0.50, to: 0.69, result: partly_met}
                      - {from: 0.70, to: 1.00, result: met}
              goals:
                - {key: kf1, level: kf, number: 'IMAGE', title: 'SCRIPT', type: development}
                - {key: nm1, level: nm, parent: kf1, title: 'IMAGE'}
              indicators:
                - key: hygien
                  goal: nm1
                  name: 'SCRIPT'
                  unit: percent
                  baseline: {printed: 'IMAGE', value: 61, period: '2023'}
                  targets:
                    - {years: [2024, 2025], printed: 'SCRIPT', target: increase}
              activities:
                - {key: utbildning, goal: nm1, indicator: hygien, title: 'SCRIPT', status: ongoing}
              """)
          .replace("\"1488\"", "\"" + CODE + "\"")
          .replace("name: Trollhättan", "name: 'SCRIPT'")
          .replace("name: Omsorgsnämnden", "name: 'IMAGE'")
          .replace(
              "title: Verksamhetsplan 2024,", "title: 'SCRIPT', chair: 'IMAGE', officer: 'SCRIPT',")
          .replace("name: Särskilt boende}", "name: 'SCRIPT'}")
          .replace("name: Hemtjänst}", "name: 'IMAGE'}")
          .replace("title: Inledning", "title: 'SCRIPT'")
          .replace("Nämnden ansvarar för äldreomsorgen.", "SCRIPT IMAGE")
          .replace("title: Driftsammandrag", "title: 'SCRIPT'")
          .replace("label: Budget 2023", "label: 'IMAGE'")
          .replace("label: Budget 2024", "label: 'SCRIPT'")
          .replace(
              "label: Särskilt boende, area: sabo, values: [100, 110]",
              "label: 'SCRIPT', area: sabo, note: 'IMAGE', values: [100, {value: 110, note:"
                  + " 'SCRIPT'}]")
          .replace("label: Hemtjänst,", "label: 'IMAGE',")
          .replace(
              "values: [300, 320]}\n", "values: [300, 320]}\n    footnotes: ['SCRIPT', 'IMAGE']\n")
          .replace("SCRIPT", SCRIPT)
          .replace("IMAGE", IMAGE.replace("'", "''"));

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void storesAHostilePlanFileAsTextAndEveryPageShowsItEscaped() throws Exception {
    String address =
        http.perform(
                post("/api/plans")
                    .with(basic(ADMIN))
                    .contentType(YAML)
                    .content(FILE.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    long planId =
        versions.plans().stream()
            .filter(p -> p.municipalityCode().equals(CODE))
            .findFirst()
            .map(PlanSummary::planId)
            .orElseThrow();
    assertThat(audit.ofPlan(planId, 1))
        .singleElement()
        .extracting(AuditLog.Entry::actor, AuditLog.Entry::action)
        .containsExactly(ADMIN, "VERSION_STORED");
    http.perform(get(address).with(basic(ADMIN)))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.title").value(SCRIPT));
    http.perform(get(address + "/goals").with(basic(ADMIN)))
        .andExpect(jsonPath("$.goals[0].title").value(SCRIPT));
    String version = "/plans/" + planId + "/versions/1";
    for (String page :
        List.of(
            version,
            version + "/budget",
            version + "/budget/drift/cells/sabo/b2024",
            "/",
            "/?q=" + SCRIPT)) {
      assertEscaped(
          page, http.perform(get(page).with(user(ADMIN))).andExpect(status().isOk()).andReturn());
    }
    assertThat(html(http.perform(get(version).with(user(ADMIN))).andReturn()))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");

    http.perform(
            post(address + "/decision")
                .with(basic(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"date\": \"2024-01-24\", \"paragraph\": \"<script>alert(1)</script>\","
                        + " \"dnr\": \"\\\"><img src=x onerror=alert(1)>\", \"body\":"
                        + " \"<script>alert(1)</script>\"}"))
        .andExpect(status().isOk());
    for (String page :
        List.of(
            version,
            version + "/budget",
            version + "/history",
            version + "/goals",
            version + "/texts",
            version + "/charts",
            "/")) {
      assertEscaped(page, http.perform(get(page)).andExpect(status().isOk()).andReturn());
    }
  }

  @Test
  void echoesAHostileFigureTypedIntoTheBudgetFormEscaped() throws Exception {
    int draft = draft(A);
    for (boolean htmx : new boolean[] {false, true}) {
      for (String typed : List.of(SCRIPT, IMAGE)) {
        MockHttpServletRequestBuilder request = postCell(A, draft, "sabo", lock(A, draft), typed);
        MvcResult result =
            http.perform(
                    (htmx ? request.header("HX-Request", "true") : request)
                        .with(user(CONTROLLER))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn();
        assertEscaped("the refused figure " + typed, result);
        assertThat(html(result)).contains(HtmlUtils.htmlEscape(typed));
      }
    }
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("110");
  }

  @Test
  void echoesHostileAddressesInErrorPagesEscaped() throws Exception {
    for (String address :
        List.of(
            page(A, 1) + "/budget/" + SCRIPT + "/cells/x/y",
            page(A, 1) + "/budget/drift/cells/" + IMAGE + "/b2024")) {
      MvcResult result = http.perform(get(address).with(user(CONTROLLER))).andReturn();
      assertThat(result.getResponse().getStatus()).isEqualTo(404);
      assertEscaped(address, result);
    }
  }

  private static String html(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static void assertEscaped(String what, MvcResult result) throws Exception {
    assertThat(html(result))
        .as(what)
        .doesNotContain(SCRIPT)
        .doesNotContain("<img src=x")
        .doesNotContain("onerror=alert(1)>");
  }
}
