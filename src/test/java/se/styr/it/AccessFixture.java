package se.styr.it;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.styr.budget.TableEditing;
import se.styr.organisation.OrganisationStore;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFiles;
import se.styr.plan.PlanStore;
import se.styr.security.AuditLog;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.Decision;
import se.styr.version.PlanStatus;
import se.styr.version.Versions;

/**
 * Two municipalities, A and B, each with the omsorgsnämnd's plan 2024: version 1 decided, and a
 * draft after it. B's draft has a title of its own ({@link #SECRET}), and B has a second plan that
 * is only a draft, so a leak of B's drafts shows as that word. The people are all of A's committee:
 * a controller, an editor of the area sabo and a reader; test-admin administers everything.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
abstract class AccessFixture {
  static final String A = "0188";
  static final String B = "0191";
  static final String COMMITTEE = "omsorgsnamnden";

  /** In the title of every draft of B, and nowhere else. */
  static final String SECRET = "Hemligt utkast";

  static final String CONTROLLER = "a-controller";
  static final String EDITOR = "a-editor";
  static final String READER = "a-reader";
  static final String ADMIN = "test-admin";
  static final MediaType YAML = MediaType.parseMediaType("application/yaml");

  @Autowired MockMvc http;
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired TableEditing editing;
  @Autowired OrganisationStore organisation;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void plansAndPeople() {
    if (versions.plan(A, COMMITTEE, 2024).isPresent()) {
      return;
    }
    decidedWithDraft(A, null);
    decidedWithDraft(B, SECRET + " (B)");
    plans.store(
        PlanFileReader.read("b-social", file(B, "Socialnämnden", 1, SECRET + " socialnämnden")),
        "setup");
    long committee =
        organisation.committees(A).stream()
            .filter(c -> c.committee().key().equals(COMMITTEE))
            .findFirst()
            .orElseThrow()
            .id();
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure(CONTROLLER, Grant.of(Role.CONTROLLER, A, committee));
    accounts.ensure(EDITOR, Grant.editorOfArea(A, committee, "sabo"));
    accounts.ensure(READER, Grant.of(Role.READER, A, committee));
    accounts.ensure(ADMIN, Grant.administrator());
  }

  private void decidedWithDraft(String code, String draftTitle) {
    PlanStore.StoredVersion first =
        plans.store(PlanFileReader.read(code, file(code, "Omsorgsnämnden", 1, null)), "setup");
    versions.decide(
        first.versionId(), Decision.on(LocalDate.of(2023, 11, 22), "§ 95", "ON 2023/1"), "setup");
    if (draftTitle == null) {
      plans.revise(first.planId(), 1, "setup");
    } else {
      plans.store(PlanFileReader.read(code, file(code, "Omsorgsnämnden", 2, draftTitle)), "setup");
    }
  }

  /** The small test plan of a committee of municipality {@code code}, as version {@code number}. */
  static String file(String code, String committee, int number, String title) {
    String text =
        PlanFiles.VALID
            .replace("\"1488\"", "\"" + code + "\"")
            .replace("name: Trollhättan", "name: Kommun " + code)
            .replace("name: Omsorgsnämnden", "name: " + committee)
            .replace("number: 1,", "number: " + number + ",");
    return title == null ? text : text.replace("title: Verksamhetsplan 2024", "title: " + title);
  }

  long planId(String code) {
    return versions.plan(code, COMMITTEE, 2024).orElseThrow().planId();
  }

  /** The number of the plan's current draft. */
  int draft(String code) {
    return versions.versions(planId(code)).stream()
        .filter(v -> v.status() == PlanStatus.DRAFT)
        .findFirst()
        .orElseThrow()
        .number();
  }

  String api(String code, int number) {
    return "/api/plans/" + planId(code) + "/versions/" + number;
  }

  String page(String code, int number) {
    return "/plans/" + planId(code) + "/versions/" + number;
  }

  /** The lock version (ETag) of the table drift of a version. */
  int lock(String code, int number) {
    return editing
        .table(versions.version(planId(code), number).orElseThrow().versionId(), "drift")
        .state()
        .lockVersion();
  }

  /** The figure of a row in column b2024 of the table drift. */
  BigDecimal figure(String code, int number, String row) {
    return editing
        .table(versions.version(planId(code), number).orElseThrow().versionId(), "drift")
        .table()
        .row(row)
        .orElseThrow()
        .cell(1)
        .value();
  }

  /** Changing a figure of column b2024 over the API. */
  MockHttpServletRequestBuilder putCell(
      String code, int number, String row, int lock, String value) {
    return put(api(code, number) + "/tables/drift/cells/" + row + "/b2024")
        .header("If-Match", "\"" + lock + "\"")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"value\": " + value + "}");
  }

  /** Posting the budget page's form for a figure of column b2024. */
  MockHttpServletRequestBuilder postCell(
      String code, int number, String row, int lock, String value) {
    return post(page(code, number) + "/budget/drift/cells/" + row + "/b2024")
        .param("value", value)
        .param("lockVersion", String.valueOf(lock));
  }

  int auditEntries() {
    return jdbc.sql("select count(*) from audit_entry").query(Integer.class).single();
  }

  /** The newest entry of the plan's audit log. */
  AuditLog.Entry lastChange(String code) {
    return audit.ofPlan(planId(code), 1).get(0);
  }
}
