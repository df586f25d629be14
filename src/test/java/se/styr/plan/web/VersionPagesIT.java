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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.it.H2Database;
import se.styr.it.TestUsers;
import se.styr.plan.PlanStore;
import se.styr.security.AuditLog;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.texts.Section;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * The versions tab: deciding and revising through the page, who may, and comparing two versions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VersionPagesIT {
  /** A whole word of letters only (no inner punctuation), which the page prints as it is. */
  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}.,:/'’\\-])[A-Za-zÅÄÖåäö]{6,}(?![\\p{L}\\p{N}.,:/'’\\-])");

  @Autowired MockMvc http;
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder passwords;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  PageFixtures fixtures;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @BeforeEach
  void fixtures() {
    fixtures = new PageFixtures(plans, versions, new TestUsers(users, passwords));
  }

  private static String history(PlanSummary plan, int number) {
    return "/plans/" + plan.planId() + "/versions/" + number + "/history";
  }

  @Test
  void controllerDecidesADraftOnTheHistoryPageAfterWhichItsFiguresCannotChange() throws Exception {
    PlanSummary plan = fixtures.plan("1488");
    String controller = fixtures.user("cecilia", Role.CONTROLLER, plan);
    int draft = fixtures.draft(plan);
    PageFixtures.Figure figure = fixtures.figure(plan, draft);
    http.perform(get(history(plan, draft)).with(user(controller)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Besluta version " + draft)))
        .andExpect(content().string(containsString("name=\"date\"")));

    http.perform(
            get("/plans/" + plan.planId() + "/versions/" + draft + "/budget")
                .with(user(controller)))
        .andExpect(content().string(containsString("class=\"cell-button\"")));

    http.perform(
            post("/plans/" + plan.planId() + "/versions/" + draft + "/decision")
                .with(user(controller))
                .with(csrf())
                .param("date", "2024-02-01")
                .param("paragraph", "§ 12")
                .param("dnr", "ON 2024/9")
                .param("body", "Omsorgsnämnden"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(history(plan, draft)))
        .andExpect(flash().attribute("done", "decided"));

    VersionSummary decided = versions.version(plan.planId(), draft).orElseThrow();
    assertThat(decided.status()).isEqualTo(PlanStatus.DECIDED);
    assertThat(decided.decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.date()).hasToString("2024-02-01");
              assertThat(d.paragraph()).isEqualTo("§ 12");
              assertThat(d.dnr()).isEqualTo("ON 2024/9");
              assertThat(d.body()).isEqualTo("Omsorgsnämnden");
            });
    assertThat(audit.ofPlan(plan.planId(), 10))
        .anyMatch(e -> e.action().equals("VERSION_DECIDED") && e.actor().equals(controller));

    String budget = "/plans/" + plan.planId() + "/versions/" + draft + "/budget";
    http.perform(get(budget).with(user(controller)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("class=\"cell-button\""))));
    http.perform(
            post(budget + "/" + figure.table() + "/cells/" + figure.row() + "/" + figure.column())
                .with(user(controller))
                .with(csrf())
                .param("value", "1")
                .param("lockVersion", "0"))
        .andExpect(status().isConflict());
    assertThat(fixtures.figure(plan, draft).value()).isEqualByComparingTo(figure.value());
    http.perform(get(history(plan, draft)).with(user(controller)))
        .andExpect(content().string(not(containsString("name=\"date\""))))
        .andExpect(content().string(containsString("dnr ON 2024/9")));
  }

  @Test
  void refusesADecisionWithoutAValidDateAtTheFieldAndStoresNothing() throws Exception {
    PlanSummary plan = fixtures.plan("1441");
    String controller = fixtures.user("david", Role.CONTROLLER, plan);
    int draft = fixtures.draft(plan);
    String decide = "/plans/" + plan.planId() + "/versions/" + draft + "/decision";
    http.perform(
            post(decide)
                .with(user(controller))
                .with(csrf())
                .param("date", "")
                .param("dnr", "SON 2024/1"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("role=\"alert\"")))
        .andExpect(content().string(containsString("Ange datumet då beslutet fattades.")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(
            content()
                .string(
                    containsString("aria-describedby=\"decision-date-error decision-date-hint\"")))
        .andExpect(content().string(containsString("value=\"SON 2024/1\"")));
    http.perform(post(decide).with(user(controller)).with(csrf()).param("date", "2024-02-30"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Datumet finns inte.")));
    assertThat(versions.version(plan.planId(), draft).orElseThrow().status())
        .isEqualTo(PlanStatus.DRAFT);
    assertThat(versions.version(plan.planId(), draft).orElseThrow().decisions()).isEmpty();
  }

  @Test
  void aReaderMayNeitherDecideNorReviseAndSeesNoSuchForms() throws Exception {
    PlanSummary plan = fixtures.plan("1441");
    String reader = fixtures.user("erik", Role.READER, plan);
    int draft = fixtures.draft(plan);
    http.perform(get(history(plan, draft)).with(user(reader)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("name=\"date\""))));
    http.perform(
            post("/plans/" + plan.planId() + "/versions/" + draft + "/decision")
                .with(user(reader))
                .with(csrf())
                .param("date", "2024-02-01"))
        .andExpect(status().isForbidden());
    http.perform(
            post("/plans/" + plan.planId() + "/versions/" + fixtures.decided(plan) + "/revisions")
                .with(user(reader))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(versions.version(plan.planId(), draft).orElseThrow().status())
        .isEqualTo(PlanStatus.DRAFT);
  }

  @Test
  void thePublicGets404ForADraftsHistoryAndComparisonAndSeesOnlyDecidedVersions() throws Exception {
    PlanSummary plan = fixtures.plan("0181");
    int draft = fixtures.draft(plan);
    http.perform(get(history(plan, draft))).andExpect(status().isNotFound());
    http.perform(
            get("/plans/" + plan.planId() + "/compare")
                .param("from", "1")
                .param("to", String.valueOf(draft)))
        .andExpect(status().isNotFound());
    http.perform(
            get("/plans/" + plan.planId() + "/compare")
                .param("from", String.valueOf(draft))
                .param("to", "1"))
        .andExpect(status().isNotFound());
    http.perform(get(history(plan, 1)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Version 1")))
        .andExpect(content().string(not(containsString("Version " + draft))))
        .andExpect(content().string(not(containsString("Starta revidering"))));
  }

  @Test
  void comparesTwoVersionsShowingAChangedFigureAndAChangedWord() throws Exception {
    PlanSummary plan = fixtures.plan("1440");
    String controller = fixtures.user("fatima", Role.CONTROLLER, plan);
    int draft = fixtures.draft(plan);
    PageFixtures.Figure figure = fixtures.figure(plan, draft);
    BigDecimal changed = figure.value().add(BigDecimal.valueOf(5));
    http.perform(
            post("/plans/"
                    + plan.planId()
                    + "/versions/"
                    + draft
                    + "/budget/"
                    + figure.table()
                    + "/cells/"
                    + figure.row()
                    + "/"
                    + figure.column())
                .with(user(controller))
                .with(csrf())
                .param("value", changed.toPlainString().replace('.', ','))
                .param("lockVersion", "0"))
        .andExpect(status().is3xxRedirection());
    Section section =
        plans.load(fixtures.versionId(plan, draft)).sections().stream()
            .filter(s -> WORD.matcher(s.text()).find())
            .findFirst()
            .orElseThrow();
    Matcher word = WORD.matcher(section.text());
    assertThat(word.find()).isTrue();
    String newText =
        section.text().substring(0, word.start())
            + "Ersättningsord"
            + section.text().substring(word.end());
    jdbc.sql("update content_block set body = ? where plan_version_id = ? and block_key = ?")
        .params(newText, fixtures.versionId(plan, draft), section.key())
        .update();

    http.perform(
            get("/plans/" + plan.planId() + "/compare")
                .param("from", "1")
                .param("to", String.valueOf(draft))
                .with(user(controller)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Version 1 jämförd med version " + draft)))
        .andExpect(content().string(containsString("<td class=\"num\">+5</td>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<del class=\"diff-del\"><span class=\"visually-hidden\">borttaget:</span>"
                            + word.group()
                            + "</del>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<ins class=\"diff-ins\"><span"
                            + " class=\"visually-hidden\">tillagt:</span>Ersättningsord</ins>")));
    http.perform(
            get("/plans/" + plan.planId() + "/compare")
                .param("from", "1")
                .param("to", "1")
                .with(user(controller)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Inga skillnader.")));
    http.perform(get(history(plan, draft)).with(user(controller)))
        .andExpect(content().string(containsString("/plans/" + plan.planId() + "/compare")));
  }

  @Test
  void controllerRevisesADecidedVersionIntoANewDraftFromTheHistoryPage() throws Exception {
    PlanSummary plan = fixtures.plan("2061");
    String controller = fixtures.user("gustav", Role.CONTROLLER, plan);
    http.perform(get(history(plan, 1)).with(user(controller)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Starta revidering")));
    http.perform(
            post("/plans/" + plan.planId() + "/versions/1/revisions")
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/plans/" + plan.planId() + "/versions/2"))
        .andExpect(flash().attribute("revisedFrom", 1));
    VersionSummary revision = versions.version(plan.planId(), 2).orElseThrow();
    assertThat(revision.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(revision.basedOn()).isEqualTo(1);
    assertThat(revision.createdBy()).isEqualTo(controller);
    http.perform(get(history(plan, 1)).with(user(controller)))
        .andExpect(content().string(not(containsString("Starta revidering"))))
        .andExpect(content().string(containsString("Version 2 är ett utkast")));
    http.perform(
            post("/plans/" + plan.planId() + "/versions/1/revisions")
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().isConflict());
  }

  @Test
  void aControllerReadsADraftTablesFiguresFromItsWorkbookOrSeesEveryWrongCell() throws Exception {
    PlanSummary plan = fixtures.plan("1440");
    String controller = fixtures.user("kerstin", Role.CONTROLLER, plan);
    int draft = fixtures.draft(plan);
    PageFixtures.Figure figure = fixtures.figure(plan, draft);
    String budget = "/plans/" + plan.planId() + "/versions/" + draft + "/budget";
    http.perform(get(budget).with(user(controller)))
        .andExpect(content().string(containsString("Läs in ändrade siffror från Excel")));
    byte[] workbook =
        http.perform(get(budget + "/" + figure.table() + ".xlsx").with(user(controller)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    se.styr.budget.BudgetTable table =
        plans.load(fixtures.versionId(plan, draft)).table(figure.table()).orElseThrow();
    int row = table.rowIndex(figure.row()).orElseThrow();
    int column = table.columnIndex(figure.column()).orElseThrow();
    byte[] changed;
    byte[] wrong;
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(workbook))) {
      var cell = book.getSheetAt(0).getRow(4 + row).getCell(1 + column);
      cell.setCellValue(figure.value().add(java.math.BigDecimal.TEN).doubleValue());
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      changed = out.toByteArray();
      cell.setCellValue("tolv");
      out = new java.io.ByteArrayOutputStream();
      book.write(out);
      wrong = out.toByteArray();
    }
    String lock = lockOf(fixtures.versionId(plan, draft), figure.table());
    http.perform(
            upload(budget + "/" + figure.table() + "/workbook", "t.xlsx", wrong)
                .param("lockVersion", lock)
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("”tolv” är inget tal")));
    http.perform(
            upload(budget + "/" + figure.table() + "/workbook", "t.xlsx", changed)
                .param("lockVersion", lock)
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(fixtures.figure(plan, draft).value())
        .isEqualByComparingTo(figure.value().add(java.math.BigDecimal.TEN));
    // the workbook as first fetched puts the figure back (and leaves the draft as other tests
    // expect)
    String next = lockOf(fixtures.versionId(plan, draft), figure.table());
    http.perform(
            upload(budget + "/" + figure.table() + "/workbook", "t.xlsx", workbook)
                .param("lockVersion", next)
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(fixtures.figure(plan, draft).value()).isEqualByComparingTo(figure.value());
  }

  @Test
  void aControllerPastesFiguresFromExcelIntoADraftTableOrSeesEveryWrongCell() throws Exception {
    PlanSummary plan = fixtures.plan("1440");
    String controller = fixtures.user("kerstin", Role.CONTROLLER, plan);
    int draft = fixtures.draft(plan);
    PageFixtures.Figure figure = fixtures.figure(plan, draft);
    String budget = "/plans/" + plan.planId() + "/versions/" + draft + "/budget";
    http.perform(get(budget).with(user(controller)))
        .andExpect(content().string(containsString("Klistra in siffror från Excel eller Word")));
    se.styr.budget.BudgetTable table =
        plans.load(fixtures.versionId(plan, draft)).table(figure.table()).orElseThrow();
    se.styr.budget.TableRow row = table.rows().get(table.rowIndex(figure.row()).orElseThrow());
    String column = table.columns().get(table.columnIndex(figure.column()).orElseThrow()).label();
    java.math.BigDecimal changed = figure.value().add(java.math.BigDecimal.ONE);
    String lock = lockOf(fixtures.versionId(plan, draft), figure.table());
    http.perform(
            post(budget + "/" + figure.table() + "/paste")
                .param("lockVersion", lock)
                .param("pasted", "\t" + column + "\n" + row.label() + "\ttolv\n")
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("”tolv” är inget tal")));
    http.perform(
            post(budget + "/" + figure.table() + "/paste")
                .param("lockVersion", lock)
                .param(
                    "pasted",
                    "\t"
                        + column
                        + "\r\n"
                        + row.label()
                        + "\t"
                        + se.styr.shared.SwedishNumbers.format(changed)
                        + "\r\n")
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(fixtures.figure(plan, draft).value()).isEqualByComparingTo(changed);
    // and back, leaving the draft as other tests expect
    http.perform(
            post(budget + "/" + figure.table() + "/paste")
                .param("lockVersion", lockOf(fixtures.versionId(plan, draft), figure.table()))
                .param(
                    "pasted",
                    "\t"
                        + column
                        + "\n"
                        + row.label()
                        + "\t"
                        + se.styr.shared.SwedishNumbers.format(figure.value())
                        + "\n")
                .with(user(controller))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(fixtures.figure(plan, draft).value()).isEqualByComparingTo(figure.value());
  }

  /** A page form's file upload ({@code file}) of {@code bytes} named {@code name}. */
  private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder
      upload(String address, String name, byte[] bytes) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(address)
        .file(
            new org.springframework.mock.web.MockMultipartFile(
                "file", name, "application/octet-stream", bytes));
  }

  /** A table's lock version now, as the budget page's forms send it. */
  private String lockOf(long versionId, String table) {
    return String.valueOf(
        jdbc.sql(
                "select lock_version from budget_table where plan_version_id = ? and table_key = ?")
            .params(versionId, table)
            .query(Integer.class)
            .single());
  }
}
