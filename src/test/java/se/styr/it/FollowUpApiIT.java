package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follow-up API: a report imported as a file, its economy computed, areas entered by whom may,
 * stale writes refused, the occasion reported and closed, the public seeing only what is reported.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
class FollowUpApiIT {
  private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  private String base;
  private PlanSummary plan;

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
    plan = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    base = "/api/plans/" + plan.planId() + "/versions/2/follow-ups";
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("anna", Grant.administrator());
    accounts.ensure("maja", Grant.editorOfArea("1441", plan.committeeId(), "myndighet"));
  }

  private String report(String key) throws Exception {
    String file =
        Files.readString(
                Path.of("src/test/resources/followup/lerum-t1-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: t1-2024", "key: " + key);
    String answer =
        http.perform(
                post(base)
                    .with(TestUsers.basic("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JSON.readTree(answer).get("address").asString();
  }

  @Test
  void computesTheEconomyOfAnImportedReportAndGivesItsFileBack() throws Exception {
    String address = report("t1-api");
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.title").value("Tertialrapport 1 2024"))
        .andExpect(jsonPath("$.areas", hasSize(8)))
        .andExpect(jsonPath("$.areas[1].area").value("aldreboende"))
        .andExpect(jsonPath("$.areas[1].deviation").value(-5.0))
        .andExpect(jsonPath("$.areas[1].deviationPercent").value(-1.7))
        .andExpect(jsonPath("$.total.budget").value(-839.9))
        .andExpect(jsonPath("$.gaps[0].kind").value("OUTCOME_MISSING"));
    http.perform(get(address + "/file").with(TestUsers.basic("anna")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("key: t1-api")))
        .andExpect(content().string(containsString("forecast: -304.3")));
  }

  @Test
  void anEditorReportsTheirOwnAreaOnlyAndAStaleWriteIsRefused() throws Exception {
    String address = report("t1-editor");
    String entry =
        "{\"outcomeToDate\": -70.4, \"forecast\": -224.5, \"comment\": \"Fler placeringar.\"}";
    http.perform(
            put(address + "/areas/hemtjanst")
                .with(TestUsers.basic("maja"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry))
        .andExpect(status().isForbidden());
    http.perform(
            put(address + "/areas/myndighet")
                .with(TestUsers.basic("maja"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.areas[5].forecast").value(-224.5))
        .andExpect(jsonPath("$.areas[5].deviation").value(-4.5));
    http.perform(
            put(address + "/areas/myndighet")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("maja")));
    http.perform(
            put(address + "/areas/okand")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry))
        .andExpect(status().isUnprocessableContent());
    http.perform(
            put(address + "/areas/myndighet")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"forecast\": \"minus\"}"))
        .andExpect(status().is4xxClientError());
  }

  @Test
  void aControllerReportsAndClosesTheOccasionAfterWhichNothingChanges() throws Exception {
    String address = report("t1-stang");
    http.perform(
            post(address + "/status")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"CLOSED\"}"))
        .andExpect(status().isConflict());
    // the public does not see an open occasion
    http.perform(get(address)).andExpect(status().isNotFound());
    http.perform(
            post(address + "/status")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"status\": \"REPORTED\", \"date\": \"2024-05-21\", \"paragraph\": \"§"
                        + " 41\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reported.paragraph").value("§ 41"));
    http.perform(get(address)).andExpect(status().isOk());
    http.perform(
            post(address + "/status")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"CLOSED\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    http.perform(
            put(address + "/areas/myndighet")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"forecast\": -220}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("no longer open")));
  }

  @Test
  void refusesABrokenReportListingEveryProblemByLineAndStoresNothing() throws Exception {
    String file =
        Files.readString(
                Path.of("src/test/resources/followup/lerum-t1-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: t1-2024", "key: t1-trasig")
            .replace("- area: hemtjanst", "- area: okand")
            .replace("forecast: -304.3", "forecast: x");
    http.perform(
            post(base)
                .with(TestUsers.basic("anna"))
                .contentType(YAML)
                .content(file.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems", hasSize(2)));
    String list =
        http.perform(get(base).with(TestUsers.basic("anna")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).doesNotContain("t1-trasig");
    http.perform(
            post(base)
                .with(TestUsers.basic("maja"))
                .contentType(YAML)
                .content(file.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isForbidden());
  }

  @Test
  void takesAnIndicatorValueWithinTheOccasionAndAssessesTheGoalsWithIt() throws Exception {
    String address = report("t1-indikator");
    http.perform(
            put(address + "/indicators/boende-lss-trivs/2024-T1")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 88, \"source\": \"Egen enkät\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.indicators[?(@.indicator == 'boende-lss-trivs')].value").value(88))
        .andExpect(jsonPath("$.goals[?(@.subject == 'boende-lss-trivs')].shown").exists());
    http.perform(
            put(address + "/indicators/boende-lss-trivs/2024-08")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 90}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("outside the follow-up")));
    http.perform(
            put(address + "/indicators/boende-lss-trivs/2024-T1")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"missing\": true}"))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void takesAControlResultAtAnOccasionThatCoversInternalControl() throws Exception {
    String file =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: delar-2024", "key: delar-api-kontroll");
    String answer =
        http.perform(
                post(base)
                    .with(TestUsers.basic("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String address = JSON.readTree(answer).get("address").asString();
    http.perform(
            put(address + "/controls/lokaler")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"outcome\": \"deviation\", \"found\": \"Tre beslut väntar på plats.\","
                        + " \"actions\": [{\"description\": \"Externa platser köps\"}]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.controls[?(@.control == 'lokaler')].light").value("YELLOW"));
    http.perform(
            put(address + "/controls/lokaler")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\": \"deviation\"}"))
        .andExpect(status().isUnprocessableContent());
    http.perform(
            put(address + "/controls/okand")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\": \"no_deviation\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("okand")));
    http.perform(
            put(address + "/controls/lokaler")
                .with(TestUsers.basic("maja"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\": \"no_deviation\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void takesWhereADirectionStandsAndRefusesOneThePlanDoesNotHaveOrAPostponementWithoutReason()
      throws Exception {
    String file =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: delar-2024", "key: delar-api-inriktning");
    String answer =
        http.perform(
                post(base)
                    .with(TestUsers.basic("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String address = JSON.readTree(answer).get("address").asString();
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.commitments[?(@.key == 'utvecklingsplan-boenden')].status")
                .value("postponed"))
        .andExpect(jsonPath("$.investments.projects").isEmpty());
    http.perform(
            put(address + "/commitments/direction/demensomradet")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"done\", \"comment\": \"Demensteamet är på plats.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.commitments[?(@.key == 'demensomradet')].status").value("done"));
    http.perform(
            put(address + "/commitments/direction/demensomradet")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"postponed\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("say why")));
    http.perform(
            put(address + "/commitments/direction/okand")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"done\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("okand")));
    http.perform(
            put(address + "/commitments/aktivitet/x")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"done\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("no kind of commitment")));
    http.perform(
            put(address + "/commitments/direction/demensomradet")
                .with(TestUsers.basic("maja"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"done\"}"))
        .andExpect(status().isForbidden());
    http.perform(
            put(address + "/providers/trygghetslarm/2024-04-02")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"what\": \"Svarstider\", \"outcome\": \"deviation\", \"deviations\":"
                        + " \"Tre larm besvarades efter mer än tre minuter.\"}"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.providers[?(@.provider == 'trygghetslarm')].outcome").value("DEVIATION"));
    http.perform(
            put(address + "/providers/trygghetslarm/2024-10-02")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\": \"no_deviation\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("outside the occasion's period")));
    // Lerum's plan has no investment budget: a project is refused, naming why
    http.perform(
            put(address + "/investments/digitala-las")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"forecast\": 2.5}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("no investment budget for 2024")));
  }

  @Test
  void readsTheLedgerIntoTheOccasionAllOrNothingAndSaysWhatChangedAndWhatNoAreaTook()
      throws Exception {
    String file =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: delar-2024", "key: delar-api-huvudbok")
            .replace("      outcomeToDate: -6.1\n", "      outcomeToDate: -5\n");
    String answer =
        http.perform(
                post(base)
                    .with(TestUsers.basic("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String address = JSON.readTree(answer).get("address").asString();
    byte[] ledger = Files.readAllBytes(Path.of("demo/ledger/lerum-2024-08.se"));
    byte[] broken =
        new String(ledger, java.nio.charset.Charset.forName("IBM437"))
            .replace("#TRANS 1930 {} -87500.00", "#TRANS 1930 {} -87500,00")
            .getBytes(java.nio.charset.Charset.forName("IBM437"));

    http.perform(
            post(address + "/ledger")
                .param("file", "lerum-2024-08.se")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(broken))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[1].file").value("lerum-2024-08.se"))
        .andExpect(jsonPath("$.problems[1].line").value(27))
        .andExpect(jsonPath("$.problems[1].column").value(16))
        .andExpect(jsonPath("$.problems[1].message").value(containsString("is not an amount")));
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.areas[?(@.area == 'hemtjanst')].outcomeToDate").value(-5));

    http.perform(
            post(address + "/ledger")
                .param("file", "lerum-2024-08.se")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(ledger))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.file").value("lerum-2024-08.se"))
        .andExpect(jsonPath("$.encoding").value("IBM437"))
        // the net of hemtjänst, and the gross revenue and cost of the six areas the plan budgets
        // gross but the report did not report gross
        .andExpect(jsonPath("$.changes", hasSize(13)))
        .andExpect(jsonPath("$.changes[?(@.figure == 'outcomeToDate')].subject").value("hemtjanst"))
        .andExpect(jsonPath("$.changes[?(@.figure == 'outcomeToDate')].before").value(-5))
        .andExpect(jsonPath("$.changes[?(@.figure == 'outcomeToDate')].after").value(-6.1))
        .andExpect(
            jsonPath("$.changes[?(@.subject == 'ledning' && @.figure == 'costToDate')].after")
                .value(-24.3))
        .andExpect(jsonPath("$.unmapped[0].account").value("5010"))
        .andExpect(jsonPath("$.unmapped[0].objects").value("1:9100"))
        .andExpect(jsonPath("$.unmapped[0].amount").value(12500.0));
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(jsonPath("$.areas[?(@.area == 'hemtjanst')].outcomeToDate").value(-6.1));
    // a stale version, a wrong year and a plain editor are refused, and nothing changes
    http.perform(
            post(address + "/ledger")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(ledger))
        .andExpect(status().isConflict());
    http.perform(
            post(address + "/ledger")
                .param("year", "previous")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(ledger))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("does not hold 2023-08-31")));
    http.perform(
            post(address + "/ledger")
                .param("year", "förra")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(ledger))
        .andExpect(status().isUnprocessableContent());
    http.perform(
            post(address + "/ledger")
                .with(TestUsers.basic("maja"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(ledger))
        .andExpect(status().isForbidden());
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(header().string("ETag", "\"1\""));
  }

  @Test
  void aForecastWorkbookIsFetchedFilledInCheckedAsADryRunAndStoredInOneStep() throws Exception {
    String address = report("t1-arbetsbok");
    byte[] workbook =
        http.perform(get(address + "/forecast.xlsx").with(TestUsers.basic("anna")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("-prognos.xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] filled;
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(workbook))) {
      var sheet = book.getSheet("Prognos");
      int row = 6;
      while (!"myndighet".equals(sheet.getRow(row).getCell(1).getStringCellValue())) {
        row++;
      }
      sheet.getRow(row).getCell(4).setCellValue(-230.5);
      sheet.getRow(row).getCell(5).setCellValue("Fler placeringar än väntat");
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
    }
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    http.perform(
            post(address + "/forecasts")
                .param("dryRun", "true")
                .with(TestUsers.basic("anna"))
                .contentType(xlsx)
                .content(filled))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(false))
        .andExpect(jsonPath("$.changes", hasSize(1)))
        .andExpect(jsonPath("$.changes[0].key").value("myndighet"))
        .andExpect(jsonPath("$.changes[0].kind").value("area"))
        .andExpect(jsonPath("$.changes[0].figures[0].figure").value("forecast"))
        .andExpect(jsonPath("$.changes[0].figures[0].after").value(-230.5))
        .andExpect(jsonPath("$.changes[0].commentAfter").value("Fler placeringar än väntat"));
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(header().string("ETag", "\"0\""));
    http.perform(
            post(address + "/forecasts")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(xlsx)
                .content(filled))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(true))
        .andExpect(header().string("ETag", "\"1\""));
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(jsonPath("$.areas[?(@.area == 'myndighet')].forecast").value(-230.5));
    // the editor of Myndighet gets a workbook of that area only, and cannot report another
    byte[] mine =
        http.perform(get(address + "/forecast.xlsx").with(TestUsers.basic("maja")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(mine))) {
      assertThat(book.getSheet("Prognos").getLastRowNum()).isEqualTo(6);
    }
    http.perform(
            post(address + "/forecasts")
                .param("dryRun", "true")
                .with(TestUsers.basic("maja"))
                .contentType(xlsx)
                .content(filled))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].message").value(containsString("you report")));
    http.perform(get(address + "/forecast.xlsx")).andExpect(status().isForbidden());
    // a controller fetches one area's workbook to send its manager; an area not reported is refused
    byte[] one =
        http.perform(
                get(address + "/forecast.xlsx")
                    .param("area", "hemtjanst")
                    .with(TestUsers.basic("anna")))
            .andExpect(status().isOk())
            .andExpect(
                header().string("Content-Disposition", containsString("-hemtjanst-prognos.xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(one))) {
      var sheet = book.getSheet("Prognos");
      assertThat(sheet.getLastRowNum()).isEqualTo(6);
      assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("hemtjanst");
    }
    http.perform(
            get(address + "/forecast.xlsx").param("area", "skola").with(TestUsers.basic("anna")))
        .andExpect(status().isNotFound());
    http.perform(
            get(address + "/forecast.xlsx")
                .param("area", "hemtjanst")
                .with(TestUsers.basic("maja")))
        .andExpect(status().isForbidden());
    // the whole economy table reads back too, with the outcome to date a controller corrects
    byte[] economy =
        http.perform(get(address + "/economy.xlsx").with(TestUsers.basic("anna")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("-ekonomi.xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] corrected;
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(economy))) {
      var sheet = book.getSheet("Prognos");
      int row = 6;
      while (!"myndighet".equals(sheet.getRow(row).getCell(1).getStringCellValue())) {
        row++;
      }
      sheet.getRow(row).getCell(4).setCellValue(-77.25);
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      corrected = out.toByteArray();
    }
    http.perform(
            post(address + "/forecasts")
                .param("dryRun", "true")
                .with(TestUsers.basic("anna"))
                .contentType(xlsx)
                .content(corrected))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes", hasSize(1)))
        .andExpect(jsonPath("$.changes[0].figures", hasSize(1)))
        .andExpect(jsonPath("$.changes[0].figures[0].figure").value("outcomeToDate"))
        .andExpect(jsonPath("$.changes[0].figures[0].cell").value(startsWith("E")))
        .andExpect(jsonPath("$.changes[0].figures[0].after").value(-77.25));
    // the gross table: revenue and cost per area the plan budgets gross, read back the same way
    byte[] gross =
        http.perform(get(address + "/gross.xlsx").with(TestUsers.basic("anna")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("-brutto.xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] grossFilled;
    String area;
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(gross))) {
      var sheet = book.getSheet("Brutto");
      area = sheet.getRow(6).getCell(1).getStringCellValue();
      sheet.getRow(6).getCell(3).setCellValue(4.75);
      sheet.getRow(6).getCell(7).setCellValue(-99.5);
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      grossFilled = out.toByteArray();
    }
    http.perform(
            post(address + "/forecasts")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(xlsx)
                .content(grossFilled))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(true))
        .andExpect(jsonPath("$.changes[0].key").value(area))
        .andExpect(jsonPath("$.changes[0].figures[0].figure").value("revenueToDate"))
        .andExpect(jsonPath("$.changes[0].figures[0].cell").value("D7"))
        .andExpect(jsonPath("$.changes[0].figures[1].figure").value("costForecast"))
        .andExpect(jsonPath("$.changes[0].commentCell").doesNotExist());
    String stored =
        http.perform(get(address + "/file").with(TestUsers.basic("anna")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(stored).contains("revenue: {outcomeToDate: 4.75}").contains("forecast: -99.5}");
    // Lerum's plan has no investment budget: there is no investment table to fetch
    http.perform(get(address + "/investments.xlsx").with(TestUsers.basic("anna")))
        .andExpect(status().isNotFound());
  }

  @Test
  void takesTheYearsBudgetChangesWithTheirKindAndNamesAWrongKind() throws Exception {
    String file =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: delar-2024", "key: delar-api-slag");
    String answer =
        http.perform(
                post(base)
                    .with(TestUsers.basic("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String address = JSON.readTree(answer).get("address").asString();
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(jsonPath("$.budgetChanges[0].kind").value("reallocation"));
    String reallocation =
        "{\"from\": \"arbetsliv\", \"to\": \"halsa\", \"amount\": 1.5, \"decided\":"
            + " \"2024-03-20\", \"reason\": \"Arbetsterapeuterna flyttas.\", \"kind\":"
            + " \"reallocation\"}";
    http.perform(
            put(address + "/budget-changes")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "["
                        + reallocation
                        + ", {\"to\": \"myndighet\", \"amount\": 2, \"decided\":"
                        + " \"2024-04-24\", \"reason\": \"Volymavläsning april\", \"kind\":"
                        + " \"volym\"}]"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("volume, price")));
    http.perform(
            put(address + "/budget-changes")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "["
                        + reallocation
                        + ", {\"to\": \"myndighet\", \"amount\": 2, \"decided\":"
                        + " \"2024-04-24\", \"reason\": \"Volymavläsning april\", \"kind\":"
                        + " \"volume\"}]"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.budgetChanges[1].kind").value("volume"));
    http.perform(get(address + "/file").with(TestUsers.basic("anna")))
        .andExpect(content().string(containsString("reason: Volymavläsning april, kind: volume}")));
  }

  @Test
  void aControllerAssessesAGoalAtTheOccasionWithItsJustificationAndTooLongTextIsNamed()
      throws Exception {
    String file =
        Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: delar-2024", "key: delar-api-bedomning");
    String answer =
        http.perform(
                post(base)
                    .with(TestUsers.basic("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String address = JSON.readTree(answer).get("address").asString();
    http.perform(get(address).with(TestUsers.basic("anna")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals[?(@.subject == 'nara-vard')].result").value("met"))
        .andExpect(
            jsonPath("$.assessments[?(@.key == 'hemtjanstindex')].result").value("not_assessed"));
    http.perform(
            put(address + "/assessments/goal/folksjukdomar")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"result\": \"partly_met\", \"justification\": \"Fallpreventionen har"
                        + " startat i två kommundelar av fyra.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals[?(@.subject == 'folksjukdomar')].result").value("partly_met"))
        .andExpect(
            jsonPath("$.goals[?(@.subject == 'folksjukdomar')].why")
                .value(org.hamcrest.Matchers.hasItem(containsString("Fallpreventionen"))));
    http.perform(get(address + "/file").with(TestUsers.basic("anna")))
        .andExpect(content().string(containsString("  - goal: folksjukdomar\n")))
        .andExpect(content().string(containsString("result: partly_met")));
    http.perform(
            put(address + "/assessments/goal/folksjukdomar")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"result\": \"met\", \"justification\": \"" + "x".repeat(4001) + "\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("at most 4000")));
    http.perform(
            put(address + "/assessments/goal/folksjukdomar")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"result\": \"met\"}"))
        .andExpect(status().isUnprocessableContent());
    http.perform(
            put(address + "/assessments/goal/okant")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"result\": \"met\", \"justification\": \"Ja.\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("okant")));
    http.perform(
            put(address + "/assessments/goal/folksjukdomar")
                .with(TestUsers.basic("maja"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"result\": \"met\", \"justification\": \"Ja.\"}"))
        .andExpect(status().isForbidden());
    http.perform(
            put(address + "/assessments/goal/folksjukdomar")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"result\": \"met\", \"justification\": \"Ja.\"}"))
        .andExpect(status().isConflict());
  }

  @Test
  void takesAYesOrNoAndACountOutOfASetForIndicatorsMeasuredSo() throws Exception {
    String address = report("t1-svar");
    http.perform(
            put(address + "/indicators/boende-lss-trivs/2024-T1")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answer\": \"ja\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("does not fit")));
    http.perform(
            put(address + "/indicators/boende-lss-trivs/2024-T1")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answer\": \"kanske\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("no answer")));
    http.perform(
            put(address + "/indicators/boende-lss-trivs/2024-T1")
                .with(TestUsers.basic("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 81.5}"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.indicators[?(@.indicator == 'boende-lss-trivs')].value").value(81.5));
  }

  @Test
  void aClosedReportIsCorrectedAsANewVersionWithItsReasonAndTheClosedOneStays() throws Exception {
    String file =
        Files.readString(Path.of("demo/followup/lerum-t1-2024.yaml"), StandardCharsets.UTF_8)
            .replace("key: t1-2024", "key: t1-rattelse");
    String answer =
        http.perform(
                post(base)
                    .with(TestUsers.basic("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String closed = JSON.readTree(answer).get("address").asString();
    http.perform(
            post(closed + "/corrections")
                .with(TestUsers.basic("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("reason")));
    http.perform(
            post(closed + "/corrections")
                .with(TestUsers.basic("maja"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Fel prognos.\"}"))
        .andExpect(status().isForbidden());
    String corrected =
        JSON.readTree(
                http.perform(
                        post(closed + "/corrections")
                            .with(TestUsers.basic("anna"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\": \"Prognosen för myndighet var felräknad.\"}"))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("address")
            .asString();
    http.perform(get(corrected).with(TestUsers.basic("anna")))
        .andExpect(jsonPath("$.reportVersion").value(2))
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.reason").value("Prognosen för myndighet var felräknad."))
        .andExpect(jsonPath("$.areas", hasSize(8)))
        .andExpect(jsonPath("$.assessments", hasSize(3)));
    http.perform(get(closed).with(TestUsers.basic("anna")))
        .andExpect(jsonPath("$.reportVersion").value(1))
        .andExpect(jsonPath("$.status").value("CLOSED"));
    http.perform(
            post(closed + "/corrections")
                .with(TestUsers.basic("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Igen.\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("latest version")));
    http.perform(
            post(corrected + "/corrections")
                .with(TestUsers.basic("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Igen.\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("only a closed report")));
  }
}
