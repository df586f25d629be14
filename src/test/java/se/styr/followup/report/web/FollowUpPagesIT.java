package se.styr.followup.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.followup.report.FollowUps;
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
 * The Uppföljning tab: an editor reports an area's forecast and is asked for the comment its
 * deviation needs, a controller reports and closes the occasion and is refused a change after, the
 * public sees only what has been reported.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
class FollowUpPagesIT {
  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired FollowUps followUps;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  private PlanSummary lerum;
  private long versionId;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @BeforeEach
  void lerum() {
    if (versions.plan("1441", "stod-och-omsorgsnamnden", 2024).isEmpty()) {
      plans.store(
          PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml")), "test");
    }
    lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    versionId = versions.version(lerum.planId(), 2).orElseThrow().versionId();
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("frida", Grant.of(Role.CONTROLLER, "1441", lerum.committeeId()));
    accounts.ensure("maja", Grant.editorOfArea("1441", lerum.committeeId(), "myndighet"));
  }

  private String delar(String key) throws Exception {
    String file =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: delar-2024", "key: " + key);
    long id = followUps.importReport(lerum.planId(), versionId, true, key, file, "test").id();
    return "/plans/" + lerum.planId() + "/versions/2/followup/" + id;
  }

  @Test
  void anEditorSpreadsTheAreasBudgetByAMonthlyProfileAndIsToldWhatIsWrongWithIt() throws Exception {
    String page = delar("delar-profil");
    http.perform(
            post(page + "/areas/myndighet")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("outcomeToDate", "-151")
                .param("forecast", "-220")
                .param("profile", "8 8 8 8 8 9 6 7 9 9 9"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("profile-error")))
        .andExpect(content().string(containsString("11")));
    http.perform(
            post(page + "/areas/myndighet")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("outcomeToDate", "-151")
                .param("forecast", "-220")
                .param("comment", "Fler placeringar.")
                .param("profile", "8 8 8 8 8 9 6 7 9 9 9 11"))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).param("area", "myndighet").with(user("maja")))
        .andExpect(content().string(containsString("value=\"8 8 8 8 8 9 6 7 9 9 9 11\"")));
  }

  @Test
  void anEditorReportsAForecastAndIsAskedForTheCommentItsDeviationNeeds() throws Exception {
    String page = delar("delar-redaktor");
    http.perform(get(page).with(user("maja")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Demodata")))
        .andExpect(content().string(containsString("prognos saknas")));
    http.perform(get(page).param("area", "hemtjanst").with(user("maja")))
        .andExpect(status().isForbidden());
    http.perform(get(page).param("area", "myndighet").with(user("maja")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rapportera Myndighet")));
    http.perform(
            post(page + "/areas/myndighet")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("outcomeToDate", "-151")
                .param("forecast", "minus"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("”minus” är inte ett tal")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    http.perform(
            post(page + "/areas/myndighet")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("outcomeToDate", "-151")
                .param("forecast", "-224,5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Avvikelsen kräver en kommentar")))
        .andExpect(content().string(containsString("-4,5")));
    http.perform(
            post(page + "/areas/myndighet")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("outcomeToDate", "-151")
                .param("forecast", "-224,5")
                .param("comment", "Fler placeringar av barn och unga än budgeterat."))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("maja")))
        .andExpect(content().string(containsString("Fler placeringar av barn och unga")))
        .andExpect(content().string(not(containsString("Myndighet</a>: <span>prognos saknas"))));
  }

  @Test
  void theEntryFormShowsTheDeviationTotalAndNeedForACommentAsTheForecastIsTypedStoringNothing()
      throws Exception {
    String page = delar("delar-forhand");
    String preview =
        http.perform(
                post(page + "/areas/myndighet/preview")
                    .with(user("maja"))
                    .with(csrf())
                    .param("outcomeToDate", "-151")
                    .param("forecast", "-224,5"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(preview)
        .startsWith("<div id=\"entry-preview\"")
        .contains("-4,5 mkr")
        .contains("Avvikelse för hela nämnden")
        .contains("kräver en kommentar")
        .doesNotContain("<html");
    http.perform(
            post(page + "/areas/myndighet/preview")
                .with(user("maja"))
                .with(csrf())
                .param("forecast", "minus"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("”minus” är inte ett tal")));
    http.perform(
            post(page + "/areas/hemtjanst/preview")
                .with(user("maja"))
                .with(csrf())
                .param("forecast", "-1"))
        .andExpect(status().isForbidden());
    http.perform(get(page).with(user("maja")))
        .andExpect(content().string(not(containsString("-224,5"))));
  }

  @Test
  void aControllerReportsAndClosesTheOccasionAndIsRefusedAChangeAfter() throws Exception {
    String page = delar("delar-stang");
    http.perform(
            post(page + "/status")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("status", "REPORTED")
                .param("date", "2024-09-26")
                .param("paragraph", "§ 98"))
        .andExpect(redirectedUrl(page));
    http.perform(
            post(page + "/status")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("status", "CLOSED"))
        .andExpect(redirectedUrl(page));
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Stängd")))
        .andExpect(content().string(containsString("§ 98")))
        .andExpect(content().string(not(containsString("Rapportera Myndighet"))));
    http.perform(
            post(page + "/areas/myndighet")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "2")
                .param("forecast", "-220"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("är inte längre öppen för uppgifter")));
    // an editor may not take the controller's steps
    http.perform(
            post(page + "/status")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "2")
                .param("status", "CLOSED"))
        .andExpect(
            status().isForbidden()); // a correction is a new version of the report, open again; the
    // closed one stays
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Rätta rapporten")));
    http.perform(post(page + "/correction").with(user("frida")).with(csrf()).param("reason", " "))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("correction-error")));
    String corrected =
        http.perform(
                post(page + "/correction")
                    .with(user("frida"))
                    .with(csrf())
                    .param("reason", "Prognosen för myndighet var felräknad."))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(corrected).isNotEqualTo(page);
    http.perform(get(corrected).with(user("frida")))
        .andExpect(content().string(containsString("Prognosen för myndighet var felräknad.")))
        .andExpect(content().string(containsString("Rapportera Myndighet")));
  }

  @Test
  void theListShowsThePublicOnlyWhatIsReportedAndTheControllerTheCalendarToOpen() throws Exception {
    String page = delar("delar-lista");
    String list = "/plans/" + lerum.planId() + "/versions/2/followup";
    http.perform(get(list))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(page + "\""))));
    http.perform(get(page)).andExpect(status().isNotFound());
    http.perform(get(list).with(user("frida")))
        .andExpect(content().string(containsString(page)))
        .andExpect(content().string(containsString("Öppna Tertialrapport 1 2024")));
    http.perform(
            post(list)
                .with(user("frida"))
                .with(csrf())
                .param("kind", "monthly")
                .param("month", "13"))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void aControllerOpensAnOccasionOfTheCalendarCarryingTheForecastsBefore() throws Exception {
    String list = "/plans/" + lerum.planId() + "/versions/2/followup";
    String opened =
        http.perform(post(list).with(user("frida")).with(csrf()).param("key", "m10-2024"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    http.perform(get(opened).with(user("frida")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Månadsrapport oktober 2024")));
  }

  @Test
  void anOccasionShowsEachGoalsResultsAtTheYearsEarlierOccasions() throws Exception {
    String t1 =
        Files.readString(Path.of("demo/followup/lerum-t1-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: t1-2024", "key: t1-trend");
    followUps.importReport(lerum.planId(), versionId, true, "t1-trend", t1, "test");
    String page = delar("delar-trend");
    http.perform(get(page).with(user("frida")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tidigare i år")))
        .andExpect(content().string(containsString("Tertialrapport 1 2024:</span>")))
        .andExpect(content().string(containsString("<ul class=\"lights\">")));
  }

  @Test
  void theOverviewDrawsEachAreasDeviationAndCountsTheGoalsAndControlsByLight() throws Exception {
    String page = delar("delar-oversikt");
    String html =
        http.perform(get(page).with(user("frida")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("<h3 id=\"overview-heading\">Översikt</h3>");
    assertThat(html).contains("<h4>Avvikelse mot budget per verksamhetsområde</h4>");
    assertThat(html).contains("<svg").contains("avvikelse budget − prognos i");
    assertThat(html)
        .containsPattern("class=\"badge [a-z_]+\">[^<]+</span>\\s*<span>\\d+ mål</span>");
  }

  @Test
  void aControllerReportsAnIndicatorValueOnThePageAndIsToldWhatIsWrong() throws Exception {
    String page = delar("delar-indikator");
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Rapportera ett indikatorvärde")))
        .andExpect(content().string(containsString("value=\"2024-T2\"")));
    http.perform(
            post(page + "/indicators")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("indicator", "boende-lss-trivs")
                .param("period", "2024-T3")
                .param("value", "88"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("ligger utanför uppföljningen")));
    http.perform(
            post(page + "/indicators")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("indicator", "boende-lss-trivs")
                .param("period", "2024-T2")
                .param("value", "88,5")
                .param("source", "Egen enkät"))
        .andExpect(status().is3xxRedirection());
    // beside the year's target column (blank: Lerum states an outlook, not a target, for it)
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("2024-T2: 88,5")))
        .andExpect(content().string(containsString("<th scope=\"col\">Mål 2024</th>")));
    http.perform(
            post(page + "/indicators")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("indicator", "boende-lss-trivs")
                .param("period", "2024-T2")
                .param("value", "90"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aControllerReadsTheLedgerOnThePageAndSeesWhatChangedOrEveryProblemByLine() throws Exception {
    String page = delar("delar-huvudbok");
    byte[] ledger = Files.readAllBytes(Path.of("demo/ledger/lerum-2024-08.se"));
    java.nio.charset.Charset cp437 = java.nio.charset.Charset.forName("IBM437");
    byte[] broken =
        new String(ledger, cp437)
            .replace("#TRANS 1930 {} -87500.00", "#TRANS 1930 {} -87500,00")
            .getBytes(cp437);
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Utfall från huvudboken")))
        .andExpect(content().string(containsString("demodata")));
    http.perform(get(page).with(user("maja")))
        .andExpect(content().string(not(containsString("id=\"ledger-file\""))));

    http.perform(
            upload(page + "/ledger", "lerum-2024-08.se", broken)
                .param("lockVersion", "0")
                .with(user("frida"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Filen lerum-2024-08.se lästes inte in")))
        .andExpect(content().string(containsString("Rad 27, kolumn 16")));

    http.perform(
            upload(page + "/ledger", "C:\\Ekonomi\\lerum-2024-08.se", ledger)
                .param("lockVersion", "0")
                .with(user("frida"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attributeExists("ledger"));
    org.springframework.test.web.servlet.MvcResult again =
        http.perform(
                upload(page + "/ledger", "lerum-2024-08.se", ledger)
                    .param("lockVersion", "1")
                    .with(user("frida"))
                    .with(csrf()))
            .andReturn();
    LedgerView read = (LedgerView) again.getFlashMap().get("ledger");
    // the file name without the folder it came from; read again, nothing changes
    assertThat(read.file()).isEqualTo("lerum-2024-08.se");
    assertThat(read.changes()).isEmpty();
    assertThat(read.unmapped())
        .singleElement()
        .extracting(LedgerView.Unmapped::amount)
        .isEqualTo("12 500,00");
    http.perform(get(page).with(user("frida")).with(se.styr.it.SessionCookies.of(again)))
        .andExpect(
            content()
                .string(containsString("Filen lerum-2024-08.se är inläst: 0 uppgifter ändrades")))
        .andExpect(content().string(containsString("1:9100")));
    http.perform(
            upload(page + "/ledger", "lerum-2024-08.se", ledger)
                .param("lockVersion", "2")
                .with(user("maja"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void anEditorFetchesTheForecastWorkbookSeesWhatItChangesAndStoresIt() throws Exception {
    String page = delar("delar-arbetsbok");
    http.perform(get(page).with(user("maja")))
        .andExpect(content().string(containsString("Hämta prognosunderlaget (Excel)")));
    byte[] workbook =
        http.perform(get(page + "/forecast.xlsx").with(user("maja")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] filled;
    byte[] wrong;
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(workbook))) {
      var row = book.getSheet("Prognos").getRow(6);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("myndighet");
      row.getCell(4).setCellValue(-231);
      row.getCell(5).setCellValue("Två nya placeringar i augusti");
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
      row.getCell(4).setCellValue("tvåhundra");
      out = new java.io.ByteArrayOutputStream();
      book.write(out);
      wrong = out.toByteArray();
    }
    http.perform(
            upload(page + "/forecasts", "prognos.xlsx", wrong)
                .param("lockVersion", "0")
                .with(user("maja"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("E7: ”tvåhundra” är inget tal")));
    http.perform(
            upload(page + "/forecasts", "prognos.xlsx", filled)
                .param("lockVersion", "0")
                .with(user("maja"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Arbetsboken prognos.xlsx ändrar 1 rader")))
        .andExpect(content().string(containsString("Två nya placeringar i augusti")));
    http.perform(get(page).with(user("maja")))
        .andExpect(content().string(not(containsString("Två nya placeringar i augusti"))));
    http.perform(
            upload(page + "/forecasts", "prognos.xlsx", filled)
                .param("lockVersion", "0")
                .param("save", "")
                .with(user("maja"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("maja")))
        .andExpect(content().string(containsString("Två nya placeringar i augusti")));
  }

  /** A page form's file upload ({@code file}) of {@code bytes} named {@code name}. */
  private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder
      upload(String address, String name, byte[] bytes) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(address)
        .file(
            new org.springframework.mock.web.MockMultipartFile(
                "file", name, "application/octet-stream", bytes));
  }
}
