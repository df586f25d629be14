package se.styr.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.styr.goals.Goal;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.it.H2Database;
import se.styr.organisation.Municipality;
import se.styr.plan.PartAddress;
import se.styr.plan.PartEditing;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Caller;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionInfo;
import se.styr.version.Versions;

/**
 * The goals tab of a plan version on the embedded H2 database, with the five demo plans loaded at
 * start.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GoalPagesIT {
  private static final List<String> DEMOS =
      List.of(
          "trollhattan-omsorgsnamnden-2024.yaml",
          "smedjebacken-omsorgsnamnden-2025.yaml",
          "lerum-stod-och-omsorgsnamnden-2024.yaml",
          "sodertalje-omsorgsnamnden-2025.yaml",
          "ale-socialnamnden-2024.yaml");
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired PartEditing parts;

  @Autowired Versions versions;
  @Autowired UserStore users;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  private static PlanDocument demo(String file) {
    return PlanFileReader.read(Path.of("demo", file));
  }

  private PlanSummary stored(PlanDocument plan) {
    return versions
        .plan(
            plan.municipality().code(), plan.committee().key(), plan.header().period().budgetYear())
        .orElseThrow();
  }

  private static String goalsAddress(long planId, int number) {
    return "/plans/" + planId + "/versions/" + number + "/goals";
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return http.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void showsEveryGoalAndIndicatorOfEachDemoPlanToThePublic() throws Exception {
    for (String file : DEMOS) {
      PlanDocument plan = demo(file);
      String html = page(get(goalsAddress(stored(plan).planId(), plan.version().number())));
      List<String> names = new ArrayList<>();
      plan.goals().goals().forEach(g -> names.add(g.title()));
      plan.goals().indicators().forEach(i -> names.add(i.name()));
      assertThat(names).as(file).isNotEmpty();
      for (String name : names) {
        assertThat(html).as(file).contains(HtmlUtils.htmlEscape(name, "UTF-8"));
      }
      assertThat(html).as(file).contains("aria-current=\"page\"").contains("id=\"goal-tree\"");
    }
  }

  @Test
  void showsEachGoalsAssessmentAsABadgeThatOpensItsExplanationTable() throws Exception {
    PlanDocument sodertalje = demo("sodertalje-omsorgsnamnden-2025.yaml");
    String html = page(get(goalsAddress(stored(sodertalje).planId(), 1)).param("year", "2025"));
    assertThat(html).contains("<option value=\"2025\" selected=\"selected\">2025</option>");
    assertThat(html)
        .contains("<details class=\"assessment\">")
        .contains("<span class=\"badge not_assessed\">Ej bedömt</span>");
    assertThat(html)
        .contains("<table class=\"data parts\">")
        .contains(
            "Delar som vägts in i bedömningen av ”Personer med insatser av vård och omsorg är"
                + " trygga och har goda livsvillkor.” för 2025")
        .contains("<th scope=\"col\">Poäng</th>")
        .contains("Medelvärdet av delarnas poäng, i band")
        .contains("0,70–1,00 Uppfyllt");
    assertThat(html)
        .contains("Indikatorn ”Andel verksamheter som källsorterar” har inget mål")
        .contains("5 avvikelser i målkedjan.");
  }

  @Test
  void opensWithACompactOverviewOfTheGoalTreeEachGoalWithItsAssessmentBadge() throws Exception {
    PlanDocument sodertalje = demo("sodertalje-omsorgsnamnden-2025.yaml");
    String html = page(get(goalsAddress(stored(sodertalje).planId(), 1)).param("year", "2025"));
    int overview = html.indexOf("id=\"goal-overview\"");
    assertThat(overview)
        .as("the overview comes before the findings and the full tree")
        .isPositive();
    assertThat(overview).isLessThan(html.indexOf("id=\"goal-findings\""));
    String part = html.substring(overview, html.indexOf("id=\"goal-findings\""));
    assertThat(part)
        .contains("Översikt: målen och deras bedömning 2025")
        .contains("<li class=\"overview-goal\">")
        .contains("<span class=\"badge not_assessed\">Ej bedömt</span>")
        .contains("href=\"#g-");
    // much shorter than the page: the overview is one line per goal
    assertThat(part.length()).isLessThan(html.length() / 4);
  }

  @Test
  void explainsEachAssessmentInTheReadersLanguage() throws Exception {
    PlanDocument lerum = demo("lerum-stod-och-omsorgsnamnden-2024.yaml");
    String address = goalsAddress(stored(lerum).planId(), lerum.version().number());
    String swedish = HtmlUtils.htmlUnescape(page(get(address).param("year", "2023")));
    assertThat(swedish)
        .contains(
            "inget mätbart mål för 2023",
            "ingen av målets 5 delar är bedömd",
            "Ej bedömt",
            "Mål 3: Hälsa och välbefinnande");
    String english =
        HtmlUtils.htmlUnescape(page(get(address).param("year", "2023").param("lang", "en")));
    assertThat(english)
        .contains(
            "no measurable target for 2023",
            "none of the goal's 5 parts is assessed",
            "Not assessed",
            "Goal 3: Good health and well-being")
        .doesNotContain(
            "inget mätbart mål", "ingen av målets", "Ej bedömt", "Hälsa och välbefinnande");
  }

  @Test
  void showsSmedjebackensReservationBesideTheGoalItWouldReplace() throws Exception {
    PlanDocument smedjebacken = demo("smedjebacken-omsorgsnamnden-2025.yaml");
    String html = page(get(goalsAddress(stored(smedjebacken).planId(), 1)));
    int start = html.indexOf("id=\"res-m-2024-10-14-6\"");
    assertThat(start).isPositive();
    String point = html.substring(start, html.indexOf("</section>", start));
    assertThat(point).contains("href=\"#g-aldreboendena-25\"");
    point = point.substring(point.indexOf("class=\"columns side-by-side\""));
    int decided = point.indexOf("Beslutat förslag");
    int original = point.indexOf("Äldreboendena ska vara bland de 25% bästa i landet");
    int reservation = point.indexOf("Reservation: Kristina Karlsson (M)");
    int proposal =
        point.indexOf(
            "Nämndmål 1: Alla på särskilt boende ska erbjudas möjlighet till daglig utevistelse,");
    assertThat(decided).isPositive().isLessThan(original);
    assertThat(original).isLessThan(reservation);
    assertThat(reservation).isLessThan(proposal);
    assertThat(html).contains("href=\"#res-m-2024-10-14-6\"");
  }

  @Test
  void hidesADraftFromThePublicAndFromUsersOfOtherCommittees() throws Exception {
    PlanSummary ale = stored(demo("ale-socialnamnden-2024.yaml"));
    PlanSummary lerum = stored(demo("lerum-stod-och-omsorgsnamnden-2024.yaml"));
    String location =
        http.perform(
                post("/api/plans/" + ale.planId() + "/versions/1/revisions")
                    .with(user("admin"))
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    int draft = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
    users.grant(
        users.create("lerum-reader", "Läsare i Lerum", "x", false),
        Grant.of(Role.READER, lerum.municipalityCode(), lerum.committeeId()));
    users.grant(
        users.create("ale-reader", "Läsare i Ale", "x", false),
        Grant.of(Role.READER, ale.municipalityCode(), ale.committeeId()));

    http.perform(get(goalsAddress(ale.planId(), draft))).andExpect(status().isNotFound());
    http.perform(get(goalsAddress(ale.planId(), draft)).with(user("lerum-reader")))
        .andExpect(status().isNotFound());
    http.perform(get(goalsAddress(ale.planId(), draft)).with(user("ale-reader")))
        .andExpect(status().isOk());
    http.perform(get(goalsAddress(ale.planId(), 1))).andExpect(status().isOk());
  }

  @Test
  void writesHostileNamesAndDescriptionsEscaped() throws Exception {
    PlanDocument sodertalje = demo("sodertalje-omsorgsnamnden-2025.yaml");
    GoalPlan steering = sodertalje.goals();
    List<Goal> goals = new ArrayList<>(steering.goals());
    goals.add(
        new Goal(
            "fientligt",
            "namndmal",
            "kf1",
            null,
            SCRIPT,
            null,
            IMAGE,
            IMAGE,
            IMAGE,
            List.of(),
            List.of(),
            null,
            null,
            null));
    List<Indicator> indicators = new ArrayList<>(steering.indicators());
    indicators.add(
        new Indicator(
            "fientlig",
            "fientligt",
            SCRIPT,
            IndicatorUnit.PERCENT,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of(IMAGE),
            null,
            null));
    GoalPlan hostile =
        new GoalPlan(
            steering.goalLevels(),
            steering.qualityAreas(),
            steering.assessment(),
            goals,
            indicators,
            steering.activities(),
            steering.assignments(),
            steering.priorityDirections(),
            steering.actionPlans(),
            steering.focusAreas(),
            steering.reservations(),
            steering.comparisons());
    long planId =
        plans
            .store(
                elsewhere(sodertalje, new Municipality("0381", "Fientliga kommunen"), hostile),
                "test")
            .planId();

    String html = page(get(goalsAddress(planId, 1)));
    assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x");
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void aDraftsGoalsPageShowsAGoalChangedSinceItWasLastRead() throws Exception {
    PlanDocument sodertalje = demo("sodertalje-omsorgsnamnden-2025.yaml");
    PlanDocument draft =
        elsewhere(sodertalje, new Municipality("0382", "Provkommunen"), sodertalje.goals())
            .withVersion(new VersionInfo(1, PlanStatus.DRAFT, List.of()));
    long planId = plans.store(draft, "test").planId();
    Goal goal = sodertalje.goals().goals().get(0);
    String address = goalsAddress(planId, 1);
    String before = page(get(address).with(user("admin")));
    assertThat(before).contains(HtmlUtils.htmlEscape(goal.title(), "UTF-8"));
    assertThat(withoutTokens(page(get(address).with(user("admin")))))
        .isEqualTo(withoutTokens(before));

    Map<String, String> typed = new java.util.HashMap<>();
    typed.put("level", goal.level());
    typed.put("title", "Ett nytt namn på målet");
    parts.save(
        planId,
        1,
        PartAddress.parse("goals/" + goal.key()),
        typed,
        null,
        new Caller("admin", "Administratör", List.of(Grant.administrator())));

    String after = page(get(address).with(user("admin")));
    assertThat(after)
        .contains("Ett nytt namn på målet")
        .doesNotContain(HtmlUtils.htmlEscape(goal.title(), "UTF-8"));
    assertThat(page(get(address).with(user("admin")).param("lang", "en")))
        .contains("Ett nytt namn på målet", "Goals and indicators");
  }

  /** {@code plan} as a plan of another municipality, with {@code goals}. */
  private static PlanDocument elsewhere(
      PlanDocument plan, Municipality municipality, GoalPlan goals) {
    return new PlanDocument(
        municipality,
        plan.committee(),
        plan.header(),
        plan.version(),
        plan.areas(),
        plan.content(),
        plan.textFigures(),
        goals,
        plan.savingsMeasures(),
        plan.followUp());
  }

  /** A signed-in page as read again: the same but for its CSRF tokens (one per request). */
  private static String withoutTokens(String html) {
    return html.replaceAll(
        "(name=\"_csrf\" value=|name=\"csrf-token\" content=)\"[^\"]*\"", "$1\"\"");
  }

  @Test
  void answersTheYearFormsHtmxRequestWithJustTheTreeAndTheAnnouncement() throws Exception {
    PlanDocument sodertalje = demo("sodertalje-omsorgsnamnden-2025.yaml");
    String fragment =
        page(
            get(goalsAddress(stored(sodertalje).planId(), 1))
                .param("year", "2026")
                .header("HX-Request", "true")
                .header("HX-Target", "goal-tree"));
    assertThat(fragment)
        .doesNotContain("<html")
        .doesNotContain("<nav")
        .contains("id=\"year-status\"")
        .contains("Bedömningarna gäller 2026.")
        .contains("<section id=\"goal-tree\"")
        .contains("Mål och indikatorer, bedömda för 2026")
        .doesNotContain("id=\"reservations\"");
    String page = page(get(goalsAddress(stored(sodertalje).planId(), 1)).param("year", "2026"));
    assertThat(page)
        .contains("<html")
        .contains("hx-get=\"/plans/")
        .contains("hx-select=\"#goal-tree\"")
        .contains("<option value=\"2026\" selected=\"selected\">2026</option>");
  }

  @Test
  void refusesAYearOutsideThePlan() throws Exception {
    PlanDocument sodertalje = demo("sodertalje-omsorgsnamnden-2025.yaml");
    http.perform(get(goalsAddress(stored(sodertalje).planId(), 1)).param("year", "2031"))
        .andExpect(status().isUnprocessableContent());
  }
}
