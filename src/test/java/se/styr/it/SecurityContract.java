package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.styr.it.TestUsers.basic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.styr.security.AuditLog;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;

/**
 * Who may read and change which plan, proven over HTTP for the API and the pages alike, on every
 * database Styr supports (subclasses choose it). A draft the caller may not see is "not found",
 * exactly as one that does not exist; a visible version the caller may not change is "forbidden".
 */
abstract class SecurityContract extends AccessFixture {
  private static final String[] API_READS = {
    "",
    "/tables",
    "/tables/drift",
    "/file",
    "/goals",
    "/findings",
    "/areas",
    "/assessment",
    "/goal-findings"
  };
  private static final String[] PAGE_READS = {"", "/budget", "/budget/drift/cells/sabo/b2024"};

  @Test
  void aUserOfAnotherCommitteeCannotReadItsDraftOverTheApiOrThePages() throws Exception {
    int draft = draft(B);
    for (String part : API_READS) {
      http.perform(get(api(B, draft) + part).with(user(CONTROLLER)))
          .andExpect(status().isNotFound());
      http.perform(get(api(B, 1) + part).with(user(CONTROLLER))).andExpect(status().isOk());
    }
    for (String part : PAGE_READS) {
      http.perform(get(page(B, draft) + part).with(user(CONTROLLER)))
          .andExpect(status().isNotFound());
    }
    http.perform(get(page(B, 1)).with(user(CONTROLLER))).andExpect(status().isOk());
    http.perform(get(page(B, 1) + "/budget").with(user(CONTROLLER))).andExpect(status().isOk());
  }

  @Test
  void aUserOfAnotherCommitteeCannotChangeItsDraft() throws Exception {
    int draft = draft(B);
    int lock = lock(B, draft);
    int entries = auditEntries();
    http.perform(putCell(B, draft, "sabo", lock, "1").with(basic(CONTROLLER)))
        .andExpect(status().isNotFound());
    http.perform(postCell(B, draft, "sabo", lock, "1").with(user(CONTROLLER)).with(csrf()))
        .andExpect(status().isNotFound());
    http.perform(
            post(api(B, draft) + "/decision")
                .with(basic(CONTROLLER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"2024-01-24\"}"))
        .andExpect(status().isNotFound());
    http.perform(post(api(B, 1) + "/revisions").with(basic(CONTROLLER)))
        .andExpect(status().isForbidden());
    assertThat(figure(B, draft, "sabo")).isEqualByComparingTo("110");
    assertThat(lock(B, draft)).isEqualTo(lock);
    assertThat(auditEntries())
        .as("a refused change leaves no trace but its refusal")
        .isEqualTo(entries);
  }

  @Test
  void guessingIdsRevealsNothingOfAnotherCommitteesDrafts() throws Exception {
    long highest = versions.plans().stream().mapToLong(PlanSummary::planId).max().orElseThrow();
    for (String caller : new String[] {CONTROLLER, READER, EDITOR, null}) {
      RequestPostProcessor as = caller == null ? anonymous() : user(caller);
      for (long id = 0; id <= highest + 2; id++) {
        for (int number = 0; number <= 4; number++) {
          boolean visible =
              caller == null ? isDecided(id, number) : isVisibleToAUserOfA(id, number);
          String version = "/plans/" + id + "/versions/" + number;
          for (String address :
              List.of(
                  "/api" + version, "/api" + version + "/tables", version, version + "/budget")) {
            MockHttpServletResponse response =
                http.perform(get(address).with(as)).andReturn().getResponse();
            assertThat(response.getStatus())
                .as("%s as %s", address, caller)
                .isEqualTo(visible ? 200 : 404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .as("%s as %s", address, caller)
                .doesNotContain(SECRET);
          }
        }
      }
    }
  }

  @Test
  void listsOfPlansShowNothingOfAnotherCommitteesDrafts() throws Exception {
    long b = planId(B);
    for (RequestPostProcessor caller : List.of(user(CONTROLLER), anonymous())) {
      for (String address :
          List.of("/api/plans", "/api/plans/" + b, "/", "/?q=Hemligt", "/plans/" + b)) {
        String body =
            http.perform(get(address).with(caller))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(address).doesNotContain(SECRET);
      }
      http.perform(get("/api/plans/" + b).with(caller))
          .andExpect(jsonPath("$.plan.latestVersion").value(1))
          .andExpect(jsonPath("$.plan.latestStatus").value("DECIDED"))
          .andExpect(jsonPath("$.versions.length()").value(1));
      http.perform(get("/plans/" + b).with(caller))
          .andExpect(redirectedUrl("/plans/" + b + "/versions/1"));
    }
    long onlyDraft = versions.plan(B, "socialnamnden", 2024).orElseThrow().planId();
    http.perform(get("/api/plans/" + onlyDraft).with(user(CONTROLLER)))
        .andExpect(status().isNotFound());
    http.perform(get("/plans/" + onlyDraft).with(user(CONTROLLER)))
        .andExpect(status().isNotFound());
  }

  @Test
  void thePublicSeesDecidedVersionsButNoDrafts() throws Exception {
    int draft = draft(A);
    for (String part : API_READS) {
      http.perform(get(api(A, 1) + part)).andExpect(status().isOk());
      http.perform(get(api(A, draft) + part)).andExpect(status().isNotFound());
    }
    for (String part : new String[] {"", "/budget"}) {
      http.perform(get(page(A, 1) + part)).andExpect(status().isOk());
      http.perform(get(page(A, draft) + part)).andExpect(status().isNotFound());
    }
  }

  @Test
  void thePublicCannotWrite() throws Exception {
    int draft = draft(A);
    int lock = lock(A, draft);
    int entries = auditEntries();
    http.perform(putCell(A, draft, "sabo", lock, "1"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    http.perform(
            post("/api/plans").contentType(YAML).content(file("0331", "Omsorgsnämnden", 1, null)))
        .andExpect(status().isUnauthorized());
    http.perform(
            post(api(A, draft) + "/decision")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"2024-01-24\"}"))
        .andExpect(status().isUnauthorized());
    http.perform(post(api(A, 1) + "/revisions")).andExpect(status().isUnauthorized());
    // A visitor's browser holds a CSRF token of its session; signing in is still required, for a
    // form (which accepts HTML) and for htmx (which accepts anything) alike, without a Basic
    // challenge.
    http.perform(postCell(A, draft, "sabo", lock, "1").with(csrf()).accept(MediaType.TEXT_HTML))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/login"));
    http.perform(postCell(A, draft, "sabo", lock, "1").with(csrf()).header("HX-Request", "true"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/login"))
        .andExpect(header().doesNotExist("WWW-Authenticate"));
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("110");
    assertThat(auditEntries()).isEqualTo(entries);
  }

  @Test
  void anAreaEditorChangesRowsOfItsAreaOverTheApiAndThePage() throws Exception {
    int draft = draft(A);
    http.perform(putCell(A, draft, "sabo", lock(A, draft), "111").with(basic(EDITOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changedBy").value(EDITOR));
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("111");
    assertAudited(A, EDITOR, "FIGURE_CHANGED", "110", "111");
    http.perform(postCell(A, draft, "sabo", lock(A, draft), "112").with(user(EDITOR)).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(page(A, draft) + "/budget#t-drift"));
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("112");
    assertAudited(A, EDITOR, "FIGURE_CHANGED", "111", "112");
    changeBack(draft, "110");
  }

  @Test
  void anAreaEditorMayNotChangeRowsOfOtherAreasOrTotals() throws Exception {
    int draft = draft(A);
    int lock = lock(A, draft);
    int entries = auditEntries();
    http.perform(putCell(A, draft, "hemtjanst", lock, "1").with(basic(EDITOR)))
        .andExpect(status().isForbidden());
    http.perform(putCell(A, draft, "summa", lock, "1").with(basic(EDITOR)))
        .andExpect(status().isForbidden());
    http.perform(postCell(A, draft, "hemtjanst", lock, "1").with(user(EDITOR)).with(csrf()))
        .andExpect(status().isForbidden());
    http.perform(get(page(A, draft) + "/budget/drift/cells/hemtjanst/b2024").with(user(EDITOR)))
        .andExpect(status().isForbidden());
    String table =
        http.perform(get(api(A, draft) + "/tables/drift").with(basic(EDITOR)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    http.perform(
            put(api(A, draft) + "/tables/drift")
                .with(basic(EDITOR))
                .header("If-Match", "\"" + lock + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(table))
        .andExpect(status().isForbidden());
    assertThat(figure(A, draft, "hemtjanst")).isEqualByComparingTo("210");
    assertThat(lock(A, draft)).isEqualTo(lock);
    assertThat(auditEntries()).isEqualTo(entries);
  }

  @Test
  void anEditorMayNeitherDecideNorRevise() throws Exception {
    int draft = draft(A);
    http.perform(
            post(api(A, draft) + "/decision")
                .with(basic(EDITOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"2024-01-24\"}"))
        .andExpect(status().isForbidden());
    http.perform(post(api(A, 1) + "/revisions").with(basic(EDITOR)))
        .andExpect(status().isForbidden());
    assertThat(versions.version(planId(A), draft).orElseThrow().status())
        .isEqualTo(PlanStatus.DRAFT);
  }

  @Test
  void aReaderReadsItsCommitteesDraftsButChangesNothing() throws Exception {
    int draft = draft(A);
    int lock = lock(A, draft);
    int entries = auditEntries();
    for (String part : API_READS) {
      http.perform(get(api(A, draft) + part).with(user(READER))).andExpect(status().isOk());
    }
    http.perform(get(page(A, draft)).with(user(READER))).andExpect(status().isOk());
    http.perform(get(page(A, draft) + "/budget").with(user(READER))).andExpect(status().isOk());
    http.perform(putCell(A, draft, "sabo", lock, "1").with(basic(READER)))
        .andExpect(status().isForbidden());
    http.perform(postCell(A, draft, "sabo", lock, "1").with(user(READER)).with(csrf()))
        .andExpect(status().isForbidden());
    http.perform(
            post(api(A, draft) + "/decision")
                .with(basic(READER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"2024-01-24\"}"))
        .andExpect(status().isForbidden());
    http.perform(post(api(A, 1) + "/revisions").with(basic(READER)))
        .andExpect(status().isForbidden());
    http.perform(
            post("/api/plans")
                .with(basic(READER))
                .contentType(YAML)
                .content(file(A, "Omsorgsnämnden", 9, null)))
        .andExpect(status().isForbidden());
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("110");
    assertThat(auditEntries()).isEqualTo(entries);
  }

  @Test
  void ofTwoUsersWritingTheSameTableTheFirstWinsAndTheSecondLearnsWhoChangedIt() throws Exception {
    int draft = draft(A);
    String etag =
        http.perform(get(api(A, draft) + "/tables/drift").with(basic(EDITOR)))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    assertThat(
            http.perform(get(api(A, draft) + "/tables/drift").with(basic(CONTROLLER)))
                .andReturn()
                .getResponse()
                .getHeader("ETag"))
        .isEqualTo(etag);
    int read = Integer.parseInt(etag.replace("\"", ""));
    http.perform(putCell(A, draft, "sabo", read, "120").with(basic(EDITOR)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"" + (read + 1) + "\""));
    http.perform(putCell(A, draft, "sabo", read, "130").with(basic(CONTROLLER)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.changedBy").value(EDITOR))
        .andExpect(jsonPath("$.currentLockVersion").value(read + 1))
        .andExpect(jsonPath("$.change").value("'Särskilt boende' / 'Budget 2024': 110 → 120"));
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("120");
    assertAudited(A, EDITOR, "FIGURE_CHANGED", "110", "120");
    changeBack(draft, "110");
  }

  @Test
  void aControllerDecidesAndRevisesAndTheAuditLogSaysWhoDidWhat() throws Exception {
    int draft = draft(A);
    http.perform(
            post(api(A, draft) + "/decision")
                .with(basic(CONTROLLER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"date\": \"2024-01-24\", \"paragraph\": \"§ 5\", \"dnr\": \"ON 2024/7\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECIDED"));
    assertAudited(
        A, CONTROLLER, "VERSION_DECIDED", "DRAFT", "DECIDED 2024-01-24 § 5 dnr ON 2024/7");
    http.perform(get(page(A, draft))).andExpect(status().isOk());
    http.perform(post(api(A, draft) + "/revisions").with(basic(CONTROLLER)))
        .andExpect(status().isCreated());
    assertAudited(A, CONTROLLER, "REVISION_STARTED", null, "from version " + draft);
    VersionSummary revision =
        versions.versions(planId(A)).get(versions.versions(planId(A)).size() - 1);
    assertThat(revision.createdBy()).isEqualTo(CONTROLLER);
    assertThat(draft(A)).isEqualTo(draft + 1);
  }

  @Test
  void aCommitteesControllerCannotRenameTheMunicipalityByImportingAPlanFile() throws Exception {
    String renaming =
        file(A, "Omsorgsnämnden", 77, null).replace("name: Kommun " + A, "name: Kapad");
    http.perform(
            post("/api/plans")
                .with(basic(CONTROLLER))
                .contentType("application/yaml")
                .content(renaming.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .andExpect(status().isForbidden());
    assertThat(organisation.municipality(A).orElseThrow().name()).isEqualTo("Kommun " + A);
    assertThat(versions.version(planId(A), 77)).isEmpty();
  }

  @Test
  void onlyThoseWhoManageAMunicipalityOrCommitteeMayRenameIt() throws Exception {
    int entries = auditEntries();
    for (String caller : new String[] {READER, EDITOR, CONTROLLER}) {
      http.perform(
              put("/api/municipalities/" + A)
                  .with(basic(caller))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"name\": \"Kapad\"}"))
          .andExpect(status().isForbidden());
      http.perform(
              put("/api/municipalities/" + B)
                  .with(basic(caller))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"name\": \"Kapad\"}"))
          .andExpect(status().isForbidden());
      http.perform(
              post("/api/municipalities/" + B + "/committees")
                  .with(basic(caller))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"name\": \"Kapad\", \"key\": \"omsorgsnamnden\"}"))
          .andExpect(status().isForbidden());
      http.perform(
              post("/api/municipalities/" + A + "/committees")
                  .with(basic(caller))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"name\": \"Ny nämnd\"}"))
          .andExpect(status().isForbidden());
    }
    http.perform(
            put("/api/municipalities/" + B)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Kapad\"}"))
        .andExpect(status().isUnauthorized());
    assertThat(organisation.municipality(A).orElseThrow().name()).isEqualTo("Kommun " + A);
    assertThat(organisation.municipality(B).orElseThrow().name()).isEqualTo("Kommun " + B);
    assertThat(organisation.committees(A)).hasSize(1);
    assertThat(auditEntries()).isEqualTo(entries);

    http.perform(
            post("/api/municipalities/" + A + "/committees")
                .with(basic(CONTROLLER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Vård- och omsorgsnämnden\", \"key\": \"omsorgsnamnden\"}"))
        .andExpect(status().isCreated());
    AuditLog.Entry renamed = audit.ofAdministration(1).get(0);
    assertThat(renamed)
        .extracting(
            AuditLog.Entry::actor,
            AuditLog.Entry::action,
            AuditLog.Entry::oldValue,
            AuditLog.Entry::newValue)
        .containsExactly(
            CONTROLLER, "COMMITTEE_SAVED", "Omsorgsnämnden", "Vård- och omsorgsnämnden");
    http.perform(
            post("/api/municipalities/" + A + "/committees")
                .with(basic(CONTROLLER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Omsorgsnämnden\", \"key\": \"omsorgsnamnden\"}"))
        .andExpect(status().isCreated());
    http.perform(
            put("/api/municipalities/0360")
                .with(basic(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Nya kommunen\"}"))
        .andExpect(status().isOk());
    assertThat(audit.ofAdministration(1).get(0))
        .extracting(
            AuditLog.Entry::actor,
            AuditLog.Entry::action,
            AuditLog.Entry::subject,
            AuditLog.Entry::newValue)
        .containsExactly(ADMIN, "MUNICIPALITY_SAVED", "0360", "Nya kommunen");
    http.perform(
            post("/api/municipalities/0360/committees")
                .with(basic(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\", \"key\": \"\\\"><img src=x>\"}"))
        .andExpect(status().isUnprocessableContent());
    assertThat(organisation.committees("0360")).isEmpty();
  }

  /** A controller puts the figure of sabo back, so the tests do not depend on their order. */
  private void changeBack(int draft, String value) throws Exception {
    http.perform(putCell(A, draft, "sabo", lock(A, draft), value).with(basic(CONTROLLER)))
        .andExpect(status().isOk());
    assertAudited(A, CONTROLLER, "FIGURE_CHANGED", null, value);
  }

  private void assertAudited(
      String code, String actor, String action, String oldValue, String newValue) {
    AuditLog.Entry entry = lastChange(code);
    assertThat(entry.actor()).isEqualTo(actor);
    assertThat(entry.action()).isEqualTo(action);
    if (oldValue != null) {
      assertThat(entry.oldValue()).isEqualTo(oldValue);
    }
    assertThat(entry.newValue()).isEqualTo(newValue);
    assertThat(entry.planId()).isEqualTo(planId(code));
  }

  private boolean isDecided(long planId, int number) {
    return versions
        .version(planId, number)
        .map(v -> v.status() == PlanStatus.DECIDED)
        .orElse(false);
  }

  /** Decided versions of every plan, and every version of A's plans. */
  private boolean isVisibleToAUserOfA(long planId, int number) {
    return versions
        .plan(planId)
        .filter(p -> versions.version(planId, number).isPresent())
        .map(p -> p.municipalityCode().equals(A) || isDecided(planId, number))
        .orElse(false);
  }
}
