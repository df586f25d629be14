package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.styr.plan.PlanFiles;
import se.styr.security.Grant;
import se.styr.security.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API on every database Styr supports; subclasses choose the database. The API's clients
 * here are anna and bo, controllers of everything, signing in with HTTP Basic as API clients do.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
abstract class PlanApiContract {
  private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @Autowired MockMvc http;
  @Autowired JdbcClient jdbc;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  @BeforeEach
  void controllers() {
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("anna", Grant.administrator());
    accounts.ensure("bo", Grant.administrator());
  }

  private static RequestPostProcessor as(String username) {
    return TestUsers.basic(username);
  }

  private String planAddress(String code) throws Exception {
    MvcResult result =
        http.perform(
                post("/api/plans")
                    .contentType(YAML)
                    .with(as("anna"))
                    .content(
                        PlanFiles.VALID
                            .replace("\"1488\"", "\"" + code + "\"")
                            .getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andExpect(header().exists("Location"))
            .andReturn();
    return JSON.readTree(result.getResponse().getContentAsString()).get("address").asString();
  }

  @Test
  void importsAPlanFileAndReturnsItsFindings() throws Exception {
    String file =
        Files.readString(
                Path.of("demo/trollhattan-omsorgsnamnden-2024.yaml"), StandardCharsets.UTF_8)
            .replace("'1488'", "'0140'");
    http.perform(
            post("/api/plans")
                .with(as("anna"))
                .contentType(YAML)
                .content(file.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.planKey").value("0140/omsorgsnamnden/2024"))
        .andExpect(jsonPath("$.findings", hasSize(5)))
        .andExpect(jsonPath("$.findings[4].kind").value("MISMATCH"))
        .andExpect(jsonPath("$.findings[4].difference").value(-2.9));
    http.perform(get("/api/municipalities/0140"))
        .andExpect(jsonPath("$.name").value("Trollhättan"));
    http.perform(get("/api/municipalities/0140/committees"))
        .andExpect(jsonPath("$[0].key").value("omsorgsnamnden"));
  }

  @Test
  void answersTheGoalSectionsAsOneObjectWithSavingsAndFollowUpBeside() throws Exception {
    String lerum =
        Files.readString(
                Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"), StandardCharsets.UTF_8)
            .replace("'1441'", "'0182'");
    MvcResult stored =
        http.perform(
                post("/api/plans")
                    .with(as("anna"))
                    .contentType(YAML)
                    .content(lerum.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn();
    String address =
        JSON.readTree(stored.getResponse().getContentAsString()).get("address").asString();
    http.perform(get(address + "/goals").with(as("anna")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals[0].key").exists())
        .andExpect(
            jsonPath("$.indicators[?(@.key == 'hemtjanstindex')].outlook.direction")
                .value("INCREASING"))
        .andExpect(jsonPath("$.internalControl.risks[0].risk").exists())
        .andExpect(jsonPath("$.providers[0].operation").exists())
        .andExpect(jsonPath("$.savingsMeasures").exists())
        .andExpect(jsonPath("$.followUp").doesNotExist())
        .andExpect(jsonPath("$.forecast").doesNotExist());
  }

  @Test
  void rejectsABrokenPlanFileListingEveryProblemByLineAndStoresNothing() throws Exception {
    String broken =
        PlanFiles.VALID
            .replace("\"1488\"", "\"0160\"")
            .replace("values: [200, 210]", "values: [200, x]")
            .replace("area: sabo,", "area: vard,");
    http.perform(
            post("/api/plans")
                .with(as("anna"))
                .contentType(YAML)
                .content(broken.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("BAD_FILE"))
        .andExpect(jsonPath("$.problems", hasSize(2)))
        .andExpect(jsonPath("$.problems[*].line", hasItem(22)))
        .andExpect(jsonPath("$.problems[*].line", hasItem(23)));
    assertThat(
            jdbc.sql("select count(*) from municipality where code = '0160'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void readsATableWithItsLockVersionAndChangesAFigureThatNamesIt() throws Exception {
    String plan = planAddress("0162");
    http.perform(get(plan + "/tables/drift").with(as("anna")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.rows[0].values[1].value").value(110))
        .andExpect(jsonPath("$.rows[2].values[1].printed").value("320"))
        .andExpect(jsonPath("$.columns[1].year").value(2024));
    http.perform(
            put(plan + "/tables/drift/cells/sabo/b2024")
                .header("If-Match", "\"0\"")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 115.5}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.rows[0].values[1].value").value(115.5))
        .andExpect(jsonPath("$.rows[0].values[1].printed").value("115,5"))
        .andExpect(jsonPath("$.changedBy").value("anna"));
    http.perform(get(plan + "/findings").with(as("anna")))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].row").value("Summa"))
        .andExpect(jsonPath("$[0].computed").value(325.5))
        .andExpect(jsonPath("$[0].kind").value("MISMATCH"));
  }

  @Test
  void takesATablesFiguresFromTheWorkbookItWasExportedAsAndNamesAWrongCell() throws Exception {
    String plan = planAddress("0461");
    String page = plan.replace("/api/plans", "/plans");
    byte[] workbook =
        http.perform(get(page + "/budget/drift.xlsx").with(as("anna")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] changed;
    byte[] wrong;
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(workbook))) {
      var cell = book.getSheetAt(0).getRow(4).getCell(2);
      cell.setCellValue(115.5);
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      changed = out.toByteArray();
      cell.setCellValue("tolv");
      out = new java.io.ByteArrayOutputStream();
      book.write(out);
      wrong = out.toByteArray();
    }
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    http.perform(
            put(plan + "/tables/drift/workbook")
                .header("If-Match", "\"0\"")
                .with(as("anna"))
                .contentType(xlsx)
                .content(wrong))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].message").value("C5: 'tolv' is not a number"));
    http.perform(
            put(plan + "/tables/drift/workbook")
                .header("If-Match", "\"0\"")
                .with(as("anna"))
                .contentType(xlsx)
                .content(changed))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.rows[0].values[1].value").value(115.5));
  }

  @Test
  void refusesAStaleWriteWith409SayingWhoChangedWhatAndDoesNotApplyIt() throws Exception {
    String plan = planAddress("0163");
    http.perform(
            put(plan + "/tables/drift/cells/sabo/b2024")
                .header("If-Match", "\"0\"")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 120}"))
        .andExpect(status().isOk());
    http.perform(
            put(plan + "/tables/drift/cells/sabo/b2024")
                .header("If-Match", "\"0\"")
                .with(as("bo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 130}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.changedBy").value("anna"))
        .andExpect(jsonPath("$.change").value("'Särskilt boende' / 'Budget 2024': 110 → 120"))
        .andExpect(jsonPath("$.currentLockVersion").value(1))
        .andExpect(jsonPath("$.detail", containsString("anna")));
    http.perform(get(plan + "/tables/drift").with(as("anna")))
        .andExpect(jsonPath("$.rows[0].values[1].value").value(120));
  }

  @Test
  void refusesATextTooLongForWhatIsStoredWith422NamingTheField() throws Exception {
    String plan = planAddress("0184");
    http.perform(
            put(plan + "/tables/drift/cells/sabo/b2024")
                .header("If-Match", "\"0\"")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 1, \"note\": \"" + "n".repeat(501) + "\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("RULE_VIOLATION"))
        .andExpect(jsonPath("$.problems[0].field").value("note"))
        .andExpect(jsonPath("$.problems[0].row").value("sabo"))
        .andExpect(
            jsonPath("$.problems[0].message")
                .value("the field 'note' has 501 characters; it may have at most 500"));
    http.perform(
            post(plan + "/decision")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"2024-01-24\", \"paragraph\": \"" + "§".repeat(101) + "\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.problems[0].field").value("decision/paragraph"));
    http.perform(get(plan + "/tables/drift").with(as("anna")))
        .andExpect(header().string("ETag", "\"0\""));
    http.perform(
            put("/api/municipalities/0186")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + "K".repeat(201) + "\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.problems[0].field").value("name"));
    http.perform(get("/api/municipalities/0186")).andExpect(status().isNotFound());
    http.perform(
            put("/api/municipalities/9101")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Fantasia\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("SCB")));
    http.perform(
            put("/api/municipalities/N999")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Förbundet\"}"))
        .andExpect(status().isUnprocessableContent());
    http.perform(get("/api/municipalities/9101")).andExpect(status().isNotFound());
  }

  @Test
  void requiresTheLockVersionForEveryWrite() throws Exception {
    String plan = planAddress("0180");
    http.perform(
            put(plan + "/tables/drift/cells/sabo/b2024")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 1}"))
        .andExpect(status().isPreconditionRequired());
  }

  @Test
  void refusesChangesToADecidedVersionAndRevisesItIntoANewDraft() throws Exception {
    String plan = planAddress("0182");
    http.perform(
            post(plan + "/decision")
                .with(as("anna"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"date\": \"2024-01-24\", \"paragraph\": \"§ 5\", \"dnr\": \"ON 2024/7\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECIDED"))
        .andExpect(jsonPath("$.decisions[0].dnr").value("ON 2024/7"));
    http.perform(
            put(plan + "/tables/drift/cells/sabo/b2024")
                .with(as("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 1}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("DECIDED_VERSION_IS_READ_ONLY"));
    String planRoot = plan.substring(0, plan.indexOf("/versions/"));
    http.perform(post(plan + "/revisions").with(as("anna")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", planRoot + "/versions/2"))
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.basedOn").value(1));
    http.perform(
            put(planRoot + "/versions/2/tables/drift/cells/sabo/b2024")
                .with(as("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 1}"))
        .andExpect(status().isOk());
  }

  @Test
  void refusesATableThatBreaksTheRulesWith422NamingTheProblem() throws Exception {
    String plan = planAddress("0183");
    String table =
        http.perform(get(plan + "/tables/drift").with(as("anna")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String broken = table.replace("\"area\":\"sabo\"", "\"area\":\"vard\"");
    http.perform(
            put(plan + "/tables/drift")
                .with(as("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(broken))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.problems[0].message", containsString("unknown area 'vard'")))
        .andExpect(jsonPath("$.problems[0].row").value("sabo"));
    http.perform(
            put(plan + "/tables/drift")
                .with(as("anna"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(table.replace("\"value\":320", "\"value\":321")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""));
  }

  @Test
  void exportsTheSameFileItImported() throws Exception {
    String file =
        Files.readString(
                Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"), StandardCharsets.UTF_8)
            .replace("'1441'", "'0184'");
    MvcResult created =
        http.perform(
                post("/api/plans")
                    .with(as("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn();
    JsonNode body = JSON.readTree(created.getResponse().getContentAsString());
    String exported =
        http.perform(get(body.get("address").asString() + "/file").with(as("anna")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(exported).isEqualTo(file);
  }

  @Test
  void servesTheGoalChainItsAssessmentWithExplanationsAndItsFaults() throws Exception {
    String file =
        Files.readString(
                Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"), StandardCharsets.UTF_8)
            .replace("'0181'", "'0187'")
            .replace(
                "    baseline: {printed: 61%, value: 61}\n"
                    + "    targets:\n"
                    + "      - {years: [2025, 2026, 2027], printed: Öka, target: increase}\n",
                "    baseline: {printed: 61%, value: 61}\n"
                    + "    targets:\n"
                    + "      - {years: [2025, 2026, 2027], printed: Öka, target: increase}\n"
                    + "    values:\n"
                    + "      - {period: '2025', value: 66}\n");
    MvcResult created =
        http.perform(
                post("/api/plans")
                    .with(as("anna"))
                    .contentType(YAML)
                    .content(file.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andReturn();
    String address =
        JSON.readTree(created.getResponse().getContentAsString()).get("address").asString();
    http.perform(get(address + "/goals").with(as("anna")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.goals[?(@.key == 'kf6')].withoutSubgoal")
                .value("Nämnden ska inte ha ett eget nämndmål."))
        .andExpect(jsonPath("$.goals[?(@.key == 'kf1')].levelName").value("KF-mål"))
        .andExpect(jsonPath("$.indicators[?(@.key == 'basal-hygien')].baseline.value").value("61"))
        .andExpect(jsonPath("$.focusAreas", hasSize(4)));
    http.perform(get(address + "/assessment").with(as("anna")).param("year", "2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2025))
        .andExpect(jsonPath("$.indicators[?(@.subject == 'basal-hygien')].result").value("MET"))
        .andExpect(
            jsonPath("$.indicators[?(@.subject == 'basal-hygien')].shown.printed")
                .value("Uppfyllt"))
        .andExpect(
            jsonPath("$.indicators[?(@.subject == 'basal-hygien')].shown.colour").value("green"))
        .andExpect(jsonPath("$.goals[?(@.subject == 'nm1')].result").value("MET"))
        .andExpect(
            jsonPath("$.goals[?(@.subject == 'nm1')].explanation.text")
                .value(
                    "medelvärdet av 1 poäng 1 = 1 / 1 = 1,00 (5 delar ej bedömda) → 0,70–1,00"
                        + " Uppfyllt"))
        .andExpect(jsonPath("$.goals[?(@.subject == 'kf1')].result").value("MET"));
    http.perform(get(address + "/goal-findings").with(as("anna")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.kind == 'BAND_GAP')].key").value("budgetfoljsamhet"));
    String exported =
        http.perform(get(address + "/file").with(as("anna")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(exported).isEqualTo(file);
  }

  @Test
  void answers404ForWhatDoesNotExist() throws Exception {
    http.perform(get("/api/plans/999999"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    String plan = planAddress("0186");
    http.perform(get(plan + "/tables/nothing").with(as("anna"))).andExpect(status().isNotFound());
  }

  @Test
  void describesItselfWithOpenApi() throws Exception {
    http.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi", containsString("3.")))
        .andExpect(jsonPath("$.paths['/api/plans']").exists())
        .andExpect(
            jsonPath(
                    "$.paths['/api/plans/{planId}/versions/{number}/tables/{tableKey}/cells/{rowKey}/{columnKey}'].put")
                .exists())
        .andExpect(jsonPath("$.paths['/api/plans/{planId}/versions/{number}/findings']").exists())
        .andExpect(
            jsonPath("$.paths['/api/plans/{planId}/versions/{number}/assessment']").exists());
  }
}
