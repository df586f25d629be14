package se.styr.followup.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.followup.report.FollowUps;
import se.styr.goals.Result;
import se.styr.it.H2Database;
import se.styr.it.TestUsers;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * Reports are kept computed, and their pages partly rendered, per occasion and lock version: what
 * is reported shows at once on the occasion's page and in the lights a later occasion shows for it
 * (its trend), never an earlier state.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
class FollowUpFreshnessIT {
  private static final String INDICATOR = "basal-hygien";
  private static final String GOAL = "nm1";

  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired FollowUps followUps;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void aValueReportedShowsAtOnceOnTheOccasionAndInTheTrendOfALaterOne() throws Exception {
    plans.store(PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml")), "test");
    PlanSummary plan = versions.plan("0181", "omsorgsnamnden", 2025).orElseThrow();
    long versionId = versions.version(plan.planId(), 1).orElseThrow().versionId();
    new TestUsers(users, encoder)
        .ensure("sara", Grant.of(Role.CONTROLLER, "0181", plan.committeeId()));
    // The demo delår open, and a later occasion (the year's end) with the same report.
    String delar =
        Files.readString(
                Path.of("demo/followup/sodertalje-delar-2025.yaml"), StandardCharsets.UTF_8)
            .replace("status: reported", "status: open")
            .replaceAll("(?m)^reported: .*\\n", "");
    long interim = followUps.importReport(plan.planId(), versionId, true, "d", delar, "test").id();
    String later =
        delar
            .replace("key: delar-2025", "key: helar-2025")
            .replace("title: Delårsrapport 2025", "title: Helår 2025")
            .replace("periodEnd: 2025-08-31", "periodEnd: 2025-12-31");
    long year = followUps.importReport(plan.planId(), versionId, true, "h", later, "test").id();
    String interimPage = "/plans/" + plan.planId() + "/versions/1/followup/" + interim;
    String yearPage = "/plans/" + plan.planId() + "/versions/1/followup/" + year;
    page(interimPage);
    page(yearPage);

    Result before = null;
    String goalBefore = null;
    int lockVersion = 0;
    for (String value : new String[] {"40", "99"}) {
      http.perform(
              post(interimPage + "/indicators")
                  .with(user("sara"))
                  .with(csrf())
                  .param("lockVersion", String.valueOf(lockVersion++))
                  .param("indicator", INDICATOR)
                  .param("period", "2025-T2")
                  .param("value", value))
          .andExpect(status().is3xxRedirection());

      String shown = page(interimPage);
      assertThat(shown).contains("2025-T2: " + value + "<");
      Result atInterim = resultAt(followUps.load(versionId, interim));
      Result inTrend =
          followUps.trend(followUps.load(versionId, year)).get(INDICATOR).stream()
              .filter(e -> e.occasion().equals("Delårsrapport 2025"))
              .findFirst()
              .orElseThrow()
              .assessment()
              .result();
      assertThat(inTrend).isEqualTo(atInterim).isNotEqualTo(before);
      before = atInterim;
      // The goal's light on the delår's page is the one the later occasion's page shows for it.
      String goal = light(shown, "</th>");
      assertThat(light(page(yearPage), "Delårsrapport 2025:</span>"))
          .isEqualTo(goal)
          .isNotEqualTo(goalBefore);
      goalBefore = goal;
    }
    assertThat(before).isEqualTo(Result.MET);
    // The same parts in the reader's language.
    assertThat(
            http.perform(get(yearPage).param("lang", "en").with(user("sara")))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("<th scope=\"col\">Operational area</th>")
        .doesNotContain("<th scope=\"col\">Verksamhetsområde</th>");
    assertThat(page(yearPage)).contains("<th scope=\"col\">Verksamhetsområde</th>");
  }

  private static Result resultAt(FollowUps.Loaded loaded) {
    return loaded.goals().indicators().stream()
        .filter(a -> a.subject().equals(INDICATOR))
        .findFirst()
        .orElseThrow()
        .result();
  }

  private String page(String path) throws Exception {
    return http.perform(get(path).with(user("sara")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The first badge in the goal's row of the goals table after {@code after}. */
  private static String light(String html, String after) {
    String row = html.substring(html.indexOf("<tr id=\"o-" + GOAL + "\">"));
    row = row.substring(0, row.indexOf("</tr>"));
    Matcher badge =
        Pattern.compile("class=\"badge ([a-z_]+)\"").matcher(row.substring(row.indexOf(after)));
    assertThat(badge.find()).as("a light after %s in %s", after, row).isTrue();
    return badge.group(1);
  }
}
