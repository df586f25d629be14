package se.styr.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.styr.it.H2Database;
import se.styr.it.HostileInput;
import se.styr.organisation.Municipality;
import se.styr.organisation.OrganisationStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;

/**
 * The accessibility statement at /tillganglighet, its reporting form, and the reports for
 * administrators.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
class AccessibilityStatementIT {
  private static final AtomicInteger NEXT = new AtomicInteger();
  @Autowired MockMvc http;
  @Autowired JdbcClient jdbc;
  @Autowired UserStore users;
  @Autowired OrganisationStore organisation;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  private String person(Grant grant) {
    organisation.saveMunicipality(new Municipality("1488", "Trollhättan"));
    String username = "person-" + NEXT.incrementAndGet();
    users.grant(users.create(username, "Person", null, false), grant);
    return username;
  }

  private int reports() {
    return jdbc.sql("select count(*) from accessibility_report").query(Integer.class).single();
  }

  private MvcResult report(String name, String email, String page, String description)
      throws Exception {
    String address = "10.1." + (NEXT.incrementAndGet() / 250) + "." + (NEXT.get() % 250);
    return report(address, name, email, page, description);
  }

  private MvcResult report(
      String address, String name, String email, String page, String description) throws Exception {
    return http.perform(
            post("/tillganglighet/rapport")
                .with(csrf())
                .with(
                    request -> {
                      request.setRemoteAddr(address);
                      return request;
                    })
                .param("name", name)
                .param("email", email)
                .param("page", page)
                .param("description", description))
        .andReturn();
  }

  @Test
  void statesAccessibilityInTheStructureDiggPrescribes() throws Exception {
    String page =
        http.perform(get("/tillganglighet"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "<h1>Tillgänglighet för Styr</h1>",
            "<h2>Hur tillgänglig är webbplatsen?</h2>",
            "<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>",
            "Rapportera brister i webbplatsens tillgänglighet</h2>",
            "<h2>Tillsyn</h2>",
            "href=\"https://www.digg.se/tdosanmalan\"",
            "Myndigheten för digital förvaltning",
            "<h2>Teknisk information om webbplatsens tillgänglighet</h2>",
            "delvis förenlig",
            "WCAG 2.1",
            "<h3>Innehåll som inte är tillgängligt</h3>",
            "Oskäligt betungande anpassning",
            "Innehåll som inte omfattas av lagkraven",
            "<h2>Hur vi testat webbplatsen</h2>",
            "axe-core",
            "tangentbord",
            "Senaste bedömningen gjordes den 23 november 2026.",
            "Redogörelsen uppdaterades senast den 23 november 2026.",
            "Diagram",
            "PDF");
    assertThat(page)
        .contains(
            "<label for=\"description\">",
            "<label for=\"page\">",
            "<label for=\"name\">",
            "<label for=\"email\">",
            "name=\"_csrf\"");
  }

  @Test
  void speaksEnglishWhenAskedTo() throws Exception {
    assertThat(
            http.perform(get("/tillganglighet").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("<h1>Accessibility of Styr</h1>", "partially compliant", "on 23 November 2026.");
  }

  @Test
  void fillsInThePageTheReaderCameFromOnThisSite() throws Exception {
    String page =
        http.perform(
                get("/tillganglighet")
                    .header("Referer", "http://localhost/plans/3/versions/1/budget?x=1"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("value=\"/plans/3/versions/1/budget?x=1\"");
    String other =
        http.perform(get("/tillganglighet").header("Referer", "https://example.org/plans/3"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(other)
        .doesNotContain("example.org")
        .contains("id=\"page\" name=\"page\" maxlength=\"2000\" class=\"wide\" value=\"\"");
  }

  @Test
  void storesAnAnonymousReportAndThanksForIt() throws Exception {
    int before = reports();
    MvcResult sent = report("", "", "/plans/1", "Tabellen går inte att nå med tangentbordet.");
    assertThat(sent.getResponse().getStatus()).isEqualTo(302);
    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/tillganglighet?tack#rapport");
    assertThat(reports()).isEqualTo(before + 1);
    var stored =
        jdbc.sql("select * from accessibility_report order by id desc fetch first 1 rows only")
            .query()
            .singleRow();
    assertThat(stored)
        .containsEntry("reporter_name", null)
        .containsEntry("reporter_email", null)
        .containsEntry("page_address", "/plans/1")
        .containsEntry("description", "Tabellen går inte att nå med tangentbordet.");
    assertThat(
            http.perform(get("/tillganglighet").param("tack", ""))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("role=\"status\"", "Tack för din rapport!");
  }

  @Test
  void showsWhatIsWrongAtTheFieldsAndStoresNothing() throws Exception {
    int before = reports();
    MvcResult result = report("N".repeat(201), "inte-en-adress", "", "  ");
    assertThat(result.getResponse().getStatus()).isEqualTo(422);
    assertThat(result.getResponse().getContentAsString())
        .contains(
            "role=\"alert\"",
            "id=\"description-error\"",
            "id=\"email-error\"",
            "id=\"name-error\"",
            "aria-invalid=\"true\"",
            "value=\"inte-en-adress\"");
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void storesAtMostFiveReportsFromOneAddressInTenMinutes() throws Exception {
    int before = reports();
    for (int i = 0; i < 5; i++) {
      assertThat(report("10.2.0.1", null, null, "/", "Rapport " + i).getResponse().getStatus())
          .isEqualTo(302);
    }
    MvcResult refused = report("10.2.0.1", null, null, "/", "En till");
    assertThat(refused.getResponse().getStatus()).isEqualTo(429);
    assertThat(refused.getResponse().getHeader("Retry-After")).matches("[0-9]+");
    assertThat(refused.getResponse().getContentAsString())
        .contains("många rapporter från din adress");
    assertThat(reports()).isEqualTo(before + 5);
    assertThat(report("10.2.0.2", null, null, "/", "Från en annan").getResponse().getStatus())
        .isEqualTo(302);
  }

  @Test
  void refusesAReportWithoutTheFormsCsrfToken() throws Exception {
    int before = reports();
    http.perform(post("/tillganglighet/rapport").param("description", "Förfalskad"))
        .andExpect(status().isForbidden());
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void onlyInstallationAdministratorsReadTheReports() throws Exception {
    report("Eva", "eva@example.se", "/", "Kontrasten är för låg i sidfoten.");
    String page =
        http.perform(get("/admin/accessibility-reports").with(user(person(Grant.administrator()))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Kontrasten är för låg i sidfoten.", "href=\"mailto:eva@example.se\"", "Eva");
    http.perform(
            get("/admin/accessibility-reports")
                .with(user(person(Grant.of(Role.ADMINISTRATOR, "1488")))))
        .andExpect(status().isForbidden());
    http.perform(
            get("/admin/accessibility-reports")
                .with(user(person(Grant.of(Role.CONTROLLER, "1488")))))
        .andExpect(status().isForbidden());
  }

  @Test
  void rendersHostileReportsAsText() throws Exception {
    for (String payload : HostileInput.all()) {
      HostileInput.assertInert(
          report(payload, payload, payload, "").getResponse().getContentAsString());
      assertThat(report(payload, "", payload, payload).getResponse().getStatus()).isEqualTo(302);
    }
    String page =
        http.perform(get("/admin/accessibility-reports").with(user(person(Grant.administrator()))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    HostileInput.assertInert(page);
    assertThat(page)
        .contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "X{{7*7}}Y",
            "X[[${7*7}]]Y",
            "X__${7*7}__Y",
            "[klicka här](javascript:alert(1))");
  }
}
