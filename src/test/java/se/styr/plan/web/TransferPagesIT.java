package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import se.styr.budget.BudgetTable;
import se.styr.it.H2Database;
import se.styr.it.SessionCookies;
import se.styr.it.TestUsers;
import se.styr.organisation.Municipality;
import se.styr.organisation.OrganisationStore;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanFiles;
import se.styr.plan.PlanStore;
import se.styr.security.AuditLog;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * Uploading plan files (all or nothing, problems by line, only with rights) and downloading files.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransferPagesIT {
  @Autowired MockMvc http;
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder passwords;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired OrganisationStore organisation;
  PageFixtures fixtures;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @BeforeEach
  void fixtures() {
    fixtures = new PageFixtures(plans, versions, new TestUsers(users, passwords));
  }

  private int storedVersions() {
    return jdbc.sql("select count(*) from plan_version").query(Integer.class).single();
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/yaml", content);
  }

  private static MockMultipartFile file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A controller of every committee of the municipality, so also of one not stored yet; the
   * municipality is set up first, as an administrator would before granting anyone a role in it.
   */
  private String controllerOf(String name, String municipalityCode) {
    if (jdbc.sql("select count(*) from municipality where code = ?")
            .param(municipalityCode)
            .query(Integer.class)
            .single()
        == 0) {
      organisation.saveMunicipality(
          new Municipality(municipalityCode, "Kommun " + municipalityCode));
    }
    return fixtures.user(name, Grant.of(Role.CONTROLLER, municipalityCode));
  }

  @Test
  void listsEveryProblemOfABrokenFileWithItsLineAndStoresNothing() throws Exception {
    String controller = controllerOf("hanna", "1488");
    String broken =
        PlanFiles.VALID
            .replace("\"1488\"", "\"0188\"")
            .replace("values: [200, 210]", "values: [200, x]")
            .replace("area: sabo,", "area: vard,");
    int before = storedVersions();
    http.perform(
            multipart("/import")
                .file(file("trasig.yaml", broken))
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("role=\"alert\"")))
        .andExpect(content().string(containsString("2 fel i trasig.yaml")))
        .andExpect(content().string(containsString("Rad 22, kolumn")))
        .andExpect(content().string(containsString("Rad 23, kolumn")))
        .andExpect(content().string(containsString("Ingenting lagrades.")));
    assertThat(storedVersions()).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from municipality where code = '0188'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void showsEachProblemOfAFileInThePagesLanguage() throws Exception {
    String controller = controllerOf("olle", "1488");
    String broken =
        PlanFiles.VALID
            .replace("\"1488\"", "\"0330\"")
            .replace("values: [200, 210]", "values: [200, x]")
            .replace("role: total", "rol: total");
    String swedish =
        HtmlUtils.htmlUnescape(
            http.perform(
                    multipart("/import")
                        .file(file("trasig.yaml", broken))
                        .with(user(controller))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(swedish)
        .contains(
            "Rad ",
            "rad ”hemtjanst”",
            "”x” är inte ett tal",
            "okänt fält ”rol”",
            "Ingenting lagrades.")
        .doesNotContain("is not a number", "unknown field");
    String english =
        HtmlUtils.htmlUnescape(
            http.perform(
                    multipart("/import")
                        .file(file("trasig.yaml", broken))
                        .param("lang", "en")
                        .with(user(controller))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(english)
        .contains(
            "Line ",
            "row 'hemtjanst'",
            "'x' is not a number",
            "unknown field 'rol'",
            "Nothing was stored.")
        .doesNotContain("är inte ett tal", "okänt fält");
  }

  @Test
  void explainsAFileThatIsNotUtf8OrNotYamlWithoutStoringIt() throws Exception {
    String controller = controllerOf("ivar", "1488");
    int before = storedVersions();
    byte[] latin1 =
        "format: styr-plan/1\nmunicipality: {code: \"0191\", name: Åmål}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    http.perform(
            multipart("/import")
                .file(file("latin1.yaml", latin1))
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Rad 2, kolumn 36:")))
        .andExpect(content().string(containsString("inte text i UTF-8")));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    http.perform(
            multipart("/import").file(file("bild.png", png)).with(user(controller)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Rad 1, kolumn 1:")));
    http.perform(
            multipart("/import")
                .file(file("text.yaml", "Det här är ingen plan: ["))
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Rad 1, kolumn")));
    http.perform(
            multipart("/import").file(file("tom.yaml", "")).with(user(controller)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("role=\"alert\"")));
    assertThat(storedVersions()).isEqualTo(before);
  }

  @Test
  void storesAValidFileAndRedirectsToTheNewVersionWithItsFindings() throws Exception {
    String controller = controllerOf("johanna", "0192");
    String file =
        Files.readString(
                Path.of("demo/trollhattan-omsorgsnamnden-2024.yaml"), StandardCharsets.UTF_8)
            .replace("'1488'", "'0192'");
    int before = storedVersions();
    MvcResult result =
        http.perform(
                multipart("/import")
                    .file(file("trollhattan.yaml", file))
                    .with(user(controller))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("imported"))
            .andReturn();
    assertThat(storedVersions()).isEqualTo(before + 1);
    PlanSummary stored = versions.plan("0192", "omsorgsnamnden", 2024).orElseThrow();
    String overview = "/plans/" + stored.planId() + "/versions/1";
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(overview);
    assertThat(audit.ofPlan(stored.planId(), 5))
        .anyMatch(e -> e.action().equals("VERSION_STORED") && e.actor().equals(controller));
    http.perform(get(overview).with(user(controller)).with(SessionCookies.of(result)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Planfilen är lagrad")))
        .andExpect(content().string(containsString("5 avvikelser i tabellerna")));
  }

  @Test
  void answersAnHtmxUploadWithARedirectHeader() throws Exception {
    String controller = controllerOf("karin", "0305");
    String file = PlanFiles.VALID.replace("\"1488\"", "\"0305\"");
    http.perform(
            multipart("/import")
                .file(file("plan.yaml", file))
                .header("HX-Request", "true")
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(header().string("HX-Redirect", startsWith("/plans/")));
    assertThat(versions.plan("0305", "omsorgsnamnden", 2024)).isPresent();
  }

  @Test
  void refusesAnImportWithoutRightsAndStoresNothing() throws Exception {
    PlanSummary trollhattan = fixtures.plan("1488");
    String reader = fixtures.user("lars", Role.READER, trollhattan);
    String otherMunicipality = controllerOf("maja", "1440");
    String file = PlanFiles.VALID.replace("\"1488\"", "\"0319\"");
    int before = storedVersions();
    http.perform(multipart("/import").file(file("plan.yaml", file)).with(user(reader)).with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(
            content()
                .string(
                    containsString(
                        "Du får inte lagra planer för Omsorgsnämnden i Trollhättan (0319).")));
    http.perform(
            multipart("/import")
                .file(file("plan.yaml", file))
                .with(user(otherMunicipality))
                .with(csrf()))
        .andExpect(status().isForbidden());
    http.perform(
            multipart("/import")
                .file(file("plan.yaml", file))
                .accept(MediaType.TEXT_HTML)
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    assertThat(storedVersions()).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from municipality where code = '0319'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void sendsAFileLargerThanTheLimitBackToTheFormSayingHowLargeAFileMayBe() throws Exception {
    String controller = controllerOf("rut", "1488");
    int before = storedVersions();
    byte[] large = new byte[12 * 1024 * 1024];
    http.perform(
            multipart("/import")
                .file(file("stor.yaml", large))
                .with(user(controller))
                .with(csrf())
                .with(
                    request -> {
                      request.setContent(
                          large); // MockMvc does not write the multipart body; the filter reads
                      // only its length
                      return request;
                    }))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/import?forstor"));
    http.perform(get("/import").param("forstor", "").with(user(controller)))
        .andExpect(
            content().string(containsString("Filen är för stor. En planfil får vara högst 10 MB.")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    assertThat(storedVersions()).isEqualTo(before);
  }

  @Test
  void refusesAVersionThatIsAlreadyStored() throws Exception {
    String controller = controllerOf("nils", "1441");
    String lerum =
        Files.readString(
            Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"), StandardCharsets.UTF_8);
    int before = storedVersions();
    http.perform(
            multipart("/import")
                .file(file("lerum.yaml", lerum))
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("har redan en version 2")));
    assertThat(storedVersions()).isEqualTo(before);
  }

  @Test
  void showsTheUploadFormToSignedInUsersAndAsksOthersToSignIn() throws Exception {
    http.perform(get("/import"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Logga in för att ladda upp")))
        .andExpect(content().string(not(containsString("type=\"file\""))));
    http.perform(get("/import").with(user(controllerOf("olle", "2061"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<label for=\"plan-file\"")))
        .andExpect(content().string(containsString("accept=\".yaml,.yml,application/yaml\"")))
        .andExpect(content().string(containsString("hx-encoding=\"multipart/form-data\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<progress id=\"upload-progress\" max=\"100\" value=\"0\" hidden>")))
        .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    http.perform(get("/").with(user("olle")))
        .andExpect(content().string(containsString("href=\"/import\"")));
    http.perform(get("/")).andExpect(content().string(not(containsString("href=\"/import\""))));
  }

  @Test
  void downloadsThePlanFileAsTheWriterWritesTheStoredVersion() throws Exception {
    PlanSummary lerum = fixtures.plan("1441");
    String expected = PlanFileWriter.write(plans.load(fixtures.versionId(lerum, 2)));
    MvcResult result =
        http.perform(get("/plans/" + lerum.planId() + "/versions/2/file"))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        "attachment; filename=\"1441-stod-och-omsorgsnamnden-2024-v2.yaml\""))
            .andExpect(header().string("Content-Type", startsWith("application/yaml")))
            .andReturn();
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
    http.perform(get("/plans/" + lerum.planId() + "/versions/2"))
        .andExpect(
            content().string(containsString("/plans/" + lerum.planId() + "/versions/2/file")));
  }

  @Test
  void hidesTheFileOfADraftFromThePublic() throws Exception {
    PlanSummary ale = fixtures.plan("1440");
    int draft = fixtures.draft(ale);
    http.perform(get("/plans/" + ale.planId() + "/versions/" + draft + "/file"))
        .andExpect(status().isNotFound());
    http.perform(
            get("/plans/" + ale.planId() + "/versions/" + draft + "/file")
                .with(user(fixtures.user("petra", Role.READER, ale))))
        .andExpect(status().isOk());
  }

  @Test
  void downloadsABudgetTableAsAWorkbookThatPoiOpens() throws Exception {
    PlanSummary trollhattan = fixtures.plan("1488");
    BudgetTable table = plans.load(fixtures.versionId(trollhattan, 1)).tables().get(0);
    MvcResult result =
        http.perform(
                get(
                    "/plans/"
                        + trollhattan.planId()
                        + "/versions/1/budget/"
                        + table.key()
                        + ".xlsx"))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        "attachment; filename=\"1488-omsorgsnamnden-2024-v1-"
                            + table.key()
                            + ".xlsx\""))
            .andReturn();
    try (Workbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isPositive();
      assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows())
          .isGreaterThanOrEqualTo(table.rows().size());
    }
  }
}
