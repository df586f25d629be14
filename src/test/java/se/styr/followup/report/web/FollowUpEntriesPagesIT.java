package se.styr.followup.report.web;

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
 * The entries of an occasion beside the areas' economy, on its page: an investment project's
 * forecast with the comment its deviation needs, where a priority direction stands, and a control's
 * result; each refused with the reason at the form when wrong, and only to whom may report it.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
class FollowUpEntriesPagesIT {
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

  private PlanSummary plan(String code, String committee, int year, String file) {
    if (versions.plan(code, committee, year).isEmpty()) {
      plans.store(PlanFileReader.read(Path.of(file)), "test");
    }
    return versions.plan(code, committee, year).orElseThrow();
  }

  private PlanSummary lerum;
  private PlanSummary sodertalje;

  @BeforeEach
  void plans() {
    lerum =
        plan(
            "1441",
            "stod-och-omsorgsnamnden",
            2024,
            "demo/lerum-stod-och-omsorgsnamnden-2024.yaml");
    sodertalje = plan("0181", "omsorgsnamnden", 2025, "demo/sodertalje-omsorgsnamnden-2025.yaml");
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("frida", Grant.of(Role.CONTROLLER, "1441", lerum.committeeId()));
    accounts.ensure("sara", Grant.of(Role.CONTROLLER, "0181", sodertalje.committeeId()));
    accounts.ensure("maja", Grant.editorOfArea("1441", lerum.committeeId(), "myndighet"));
  }

  /** Imports a demo report, open, under a new key; answers its page. */
  private String open(PlanSummary plan, int version, String demo, String key) throws Exception {
    long versionId = versions.version(plan.planId(), version).orElseThrow().versionId();
    String file =
        Files.readString(Path.of("demo/followup/" + demo + ".yaml"), StandardCharsets.UTF_8)
            .replaceFirst("key: [a-z0-9-]+", "key: " + key)
            .replaceFirst("status: reported\\n", "")
            .replaceFirst("reported: \\{[^\\n]*\\}\\n", "");
    long id = followUps.importReport(plan.planId(), versionId, true, key, file, "test").id();
    return "/plans/" + plan.planId() + "/versions/" + version + "/followup/" + id;
  }

  @Test
  void aControllerReportsAnInvestmentsForecastAndIsAskedForTheCommentItsDeviationNeeds()
      throws Exception {
    String page = open(sodertalje, 1, "sodertalje-delar-2025", "delar-investeringar");
    http.perform(get(page).with(user("sara")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Investeringar")))
        .andExpect(content().string(containsString("Återanskaffning och underhåll")))
        .andExpect(content().string(containsString("<tr id=\"s-lss\" class=\"subtotal\">")))
        .andExpect(content().string(containsString("Summa verksamhetsområde LSS")));
    http.perform(get(page).param("project", "teknisk").with(user("sara")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rapportera investeringen")));
    http.perform(get(page).param("project", "teknisk").with(user("frida")))
        .andExpect(status().isForbidden());
    http.perform(
            post(page + "/investments/teknisk")
                .with(user("sara"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("forecast", "sexhundra"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("”sexhundra” är inte ett tal")));
    http.perform(
            post(page + "/investments/teknisk")
                .with(user("sara"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("outcomeToDate", "410")
                .param("forecast", "620"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Avvikelsen kräver en kommentar")))
        .andExpect(content().string(containsString("-120")));
    http.perform(
            post(page + "/investments/teknisk")
                .with(user("sara"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("outcomeToDate", "410")
                .param("forecast", "620")
                .param("comment", "Larmen i två gruppbostäder byts ut tidigare än planerat."))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(page + "#p-teknisk"));
    http.perform(get(page).with(user("sara")))
        .andExpect(content().string(containsString("Larmen i två gruppbostäder")));
    http.perform(
            post(page + "/investments/vattenpark")
                .with(user("sara"))
                .with(csrf())
                .param("lockVersion", "2")
                .param("forecast", "1"))
        .andExpect(status().isNotFound());
  }

  @Test
  void aControllerReportsWhereAPriorityDirectionStandsAndMustSayWhyItIsPostponed()
      throws Exception {
    String page = open(lerum, 2, "lerum-delar-2024", "delar-inriktningar");
    http.perform(get(page).with(user("frida")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Aktiviteter, uppdrag och inriktningar")))
        .andExpect(content().string(containsString("Intäkter och kostnader brutto")))
        .andExpect(content().string(containsString("id=\"g-aldreboende\"")))
        .andExpect(content().string(containsString("Uppskjuten")))
        .andExpect(content().string(containsString("enligt planen")))
        .andExpect(content().string(containsString("Rapportera status för ett åtagande")));
    http.perform(
            post(page + "/commitments")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("commitment", "direction/demensomradet")
                .param("status", "cancelled"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("skriv i en kommentar varför")));
    http.perform(
            post(page + "/commitments")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("commitment", "direction/demensomradet")
                .param("status", "ongoing")
                .param("comment", "Demensteamet har börjat i Gråbo."))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Demensteamet har börjat i Gråbo.")));
    // an editor of an area holds no direction: no form, and a post is refused
    http.perform(get(page).with(user("maja")))
        .andExpect(
            content().string(org.hamcrest.Matchers.not(containsString("commitment-form-heading"))));
    http.perform(
            post(page + "/commitments")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("commitment", "direction/demensomradet")
                .param("status", "done"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aControllerAddsABudgetChangeAndTheAreasBudgetsMoveWithIt() throws Exception {
    String page = open(lerum, 2, "lerum-delar-2024", "delar-budgetandring");
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Budgetändringar under året")))
        .andExpect(content().string(containsString("Arbetsterapeuterna inom daglig verksamhet")));
    http.perform(
            post(page + "/budget-changes")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("to", "myndighet")
                .param("amount", "3,0")
                .param("decided", "2024-09-15")
                .param("reason", "Fler placeringar"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("efter uppföljningens period")));
    http.perform(
            post(page + "/budget-changes")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("to", "myndighet")
                .param("amount", "tre")
                .param("decided", "2024-06-15")
                .param("reason", "Fler placeringar"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("”tre” är inte ett tal")));
    http.perform(
            post(page + "/budget-changes")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("to", "myndighet")
                .param("amount", "3,0")
                .param("decided", "2024-06-15")
                .param("reason", "Fler placeringar")
                .param("kind", "reallocation"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("ange både from och to")))
        .andExpect(content().string(containsString("<option value=\"reallocation\" selected")));
    http.perform(
            post(page + "/budget-changes")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("to", "myndighet")
                .param("amount", "3,0")
                .param("decided", "2024-06-15")
                .param("reason", "Fler placeringar")
                .param("kind", "<script>"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("är inget slag av budgetändring")))
        .andExpect(content().string(containsString("”&lt;script&gt;” är inget slag")));
    http.perform(
            post(page + "/budget-changes")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("to", "myndighet")
                .param("amount", "3,0")
                .param("decided", "2024-06-15")
                .param("paragraph", "§ 61")
                .param("reason", "Tilläggsanslag för fler placeringar")
                .param("kind", "volume"))
        .andExpect(status().is3xxRedirection());
    // the plan's budget for Myndighet, -220,0, with 3 mkr more to spend, shown as a volume
    // adjustment beside the earlier reallocation
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Tilläggsanslag för fler placeringar")))
        .andExpect(content().string(containsString("-223,0")))
        .andExpect(content().string(containsString("Volymjustering")))
        .andExpect(content().string(containsString("Omfördelning")));
    http.perform(
            post(page + "/budget-changes")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("to", "myndighet")
                .param("amount", "1")
                .param("decided", "2024-06-15")
                .param("reason", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aGrossForecastThatIsNotTheNetIsMarkedAtItsCell() throws Exception {
    String page = open(lerum, 2, "lerum-delar-2024", "delar-brutto");
    http.perform(
            post(page + "/areas/hemtjanst")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("outcomeToDate", "-6,1")
                .param("forecast", "-9,3")
                .param("revenueToDate", "66,2")
                .param("costToDate", "-72,3")
                .param("revenueForecast", "99,8")
                .param("costForecast", "-119,1")
                .param("comment", "Planeringen av insatser är omlagd."))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("som ger -19,3")));
  }

  @Test
  void aControllerReportsAControlsResultAndIsToldWhatADeviationLacks() throws Exception {
    String page = open(lerum, 2, "lerum-delar-2024", "delar-kontroll");
    http.perform(
            post(page + "/controls")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("control", "lokaler")
                .param("performed", "true")
                .param("outcome", "deviation"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("beskriv vad som hittades")));
    http.perform(
            post(page + "/controls")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("control", "lokaler")
                .param("performed", "true")
                .param("outcome", "deviation")
                .param("found", "Brandlarmet i två lokaler var inte provat.")
                .param("actionDescription", "Prova brandlarmen")
                .param("actionDue", "2024-10-31"))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Brandlarmet i två lokaler")))
        .andExpect(content().string(containsString("Prova brandlarmen, 2024-10-31")));
    http.perform(
            post(page + "/controls")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("control", "lokaler")
                .param("performed", "false"))
        .andExpect(status().isForbidden());
  }

  @Test
  void anEditorOfTheAreaReportsAnOperationalMeasurePerPeriodAndIsToldWhatIsWrong()
      throws Exception {
    PlanSummary ale = plan("1440", "socialnamnden", 2024, "demo/ale-socialnamnden-2024.yaml");
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("ivar", Grant.editorOfArea("1440", ale.committeeId(), "ifo"));
    long versionId = versions.version(ale.planId(), 1).orElseThrow().versionId();
    String file =
        """
        format: styr-followup/1
        plan: {municipality: '1440', committee: socialnamnden, budgetYear: 2024, version: 1}
        occasion:
          key: delar-matt
          kind: interim
          title: Delårsrapport 2024
          periodEnd: 2024-08-31
          covers: [economy, goals]
        status: open
        report: {version: 1}
        """;
    long id =
        followUps.importReport(ale.planId(), versionId, true, "delar-matt", file, "test").id();
    String page = "/plans/" + ale.planId() + "/versions/1/followup/" + id;
    http.perform(get(page).with(user("ivar")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rapportera ett verksamhetsmått")))
        .andExpect(content().string(containsString("Antal vårdrygn HVB")))
        .andExpect(content().string(not(containsString("Antal personer som har flyttat"))));
    http.perform(
            post(page + "/operational-measures")
                .with(user("ivar"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("measure", "vardygn-hvb")
                .param("period", "2024-T1")
                .param("value", "tio"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("”tio” är inte ett tal")));
    http.perform(
            post(page + "/operational-measures")
                .with(user("ivar"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("measure", "vardygn-hvb")
                .param("period", "2024-T3")
                .param("value", "12"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("2024-T3")));
    http.perform(
            post(page + "/operational-measures")
                .with(user("ivar"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("measure", "flyttat-eget-boende")
                .param("period", "2024-T1")
                .param("value", "3"))
        .andExpect(status().isForbidden());
    http.perform(
            post(page + "/operational-measures")
                .with(user("ivar"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("measure", "vardygn-hvb")
                .param("period", "2024-T1")
                .param("value", "1 840"))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("ivar"))).andExpect(content().string(containsString("1 840")));
  }

  @Test
  void aControllerReportsAProvidersFollowUpAndMustNameTheDeviations() throws Exception {
    String page = open(lerum, 2, "lerum-delar-2024", "delar-utforare");
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Rapportera en uppföljning av en utförare")));
    http.perform(
            post(page + "/providers")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("provider", "riddarstengarden")
                .param("checked", "14 maj")
                .param("outcome", "no_deviation"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("14 maj")));
    http.perform(
            post(page + "/providers")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("provider", "riddarstengarden")
                .param("checked", "2024-08-20")
                .param("outcome", "deviation"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("provider-error")));
    http.perform(
            post(page + "/providers")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("provider", "riddarstengarden")
                .param("checked", "2024-08-20")
                .param("what", "Läkemedelshantering")
                .param("outcome", "deviation")
                .param("deviations", "Två signeringslistor saknades."))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Två signeringslistor saknades.")));
    http.perform(
            post(page + "/providers")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("provider", "riddarstengarden")
                .param("checked", "2024-08-21")
                .param("outcome", "no_deviation"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aControllerAssessesAGoalOnThePageAndMustSayWhy() throws Exception {
    String page = open(lerum, 2, "lerum-delar-2024", "delar-bedomning");
    http.perform(get(page).with(user("frida")))
        .andExpect(content().string(containsString("Bedöm ett mål eller en indikator")))
        .andExpect(content().string(containsString("Digitala vårdmöten erbjuds sedan juni")));
    http.perform(
            post(page + "/assessments")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("subject", "goal/folksjukdomar")
                .param("result", "partly_met")
                .param("justification", " "))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("assessment-error")));
    http.perform(
            post(page + "/assessments")
                .with(user("frida"))
                .with(csrf())
                .param("lockVersion", "0")
                .param("subject", "goal/folksjukdomar")
                .param("result", "partly_met")
                .param("justification", "Fallpreventionen har startat i två kommundelar av fyra."))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("frida")))
        .andExpect(
            content()
                .string(containsString("Fallpreventionen har startat i två kommundelar av fyra.")));
    http.perform(
            post(page + "/assessments")
                .with(user("maja"))
                .with(csrf())
                .param("lockVersion", "1")
                .param("subject", "goal/folksjukdomar")
                .param("result", "met")
                .param("justification", "Ja."))
        .andExpect(status().isForbidden());
  }

  @Test
  void aControllerReadsTheInvestmentTableInFromExcelSeeingEachChangedCellBeforeStoringIt()
      throws Exception {
    String page = open(sodertalje, 1, "sodertalje-delar-2025", "delar-inv-excel");
    http.perform(get(page).with(user("sara")))
        .andExpect(content().string(containsString("investments.xlsx")));
    byte[] workbook =
        http.perform(get(page + "/investments.xlsx").with(user("sara")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] filled;
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(workbook))) {
      var sheet = book.getSheet("Investeringar");
      int row = 6;
      while (!"teknisk".equals(sheet.getRow(row).getCell(1).getStringCellValue())) {
        row++;
      }
      sheet.getRow(row).getCell(3).setCellValue(130);
      sheet.getRow(row).getCell(6).setCellValue("Låsen levereras i två omgångar.");
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
    }
    http.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    page + "/forecasts")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "investeringar.xlsx", "application/octet-stream", filled))
                .param("lockVersion", "0")
                .with(user("sara"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ändrar 1 rader (inget är sparat ännu)")))
        .andExpect(content().string(containsString("Utfall ack")))
        .andExpect(content().string(containsString(">118<")))
        .andExpect(content().string(containsString(">130<")))
        .andExpect(content().string(containsString("Låsen levereras i två omgångar.")));
    http.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    page + "/forecasts")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "investeringar.xlsx", "application/octet-stream", filled))
                .param("lockVersion", "0")
                .param("save", "")
                .with(user("sara"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("sara")))
        .andExpect(content().string(containsString("Låsen levereras i två omgångar.")));
    // the investment table is for whoever manages the plan
    http.perform(get(page + "/investments.xlsx").with(user("frida")))
        .andExpect(status().isForbidden());
  }
}
