package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.it.SqlStates;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;
import se.styr.web.ErrorStatus;

/**
 * The plan's audit tab and the audit log's immutability, on every database Styr supports;
 * subclasses choose it.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PlanAuditContract {
  private static final AtomicInteger NEXT = new AtomicInteger();
  @Autowired MockMvc http;
  @Autowired UserStore users;
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired JdbcClient jdbc;

  private PlanSummary trollhattan() {
    return versions.plan("1488", "omsorgsnamnden", 2024).orElseThrow();
  }

  /** The plan's draft, started from version 1 the first time it is asked for. */
  private int draft() {
    long planId = trollhattan().planId();
    return versions.versions(planId).stream()
        .filter(v -> v.status() == PlanStatus.DRAFT)
        .findFirst()
        .map(v -> v.number())
        .orElseGet(() -> plans.revise(planId, 1, "revisor").number());
  }

  private String person(Grant... grants) {
    String username = "person-" + NEXT.incrementAndGet();
    long id = users.create(username, "Person " + username, null, false);
    for (Grant grant : grants) {
      users.grant(id, grant);
    }
    return username;
  }

  private String address(int number) {
    return "/plans/" + trollhattan().planId() + "/versions/" + number + "/audit";
  }

  @Test
  void showsThePlansChangesNewestFirstToAReaderOfTheCommittee() throws Exception {
    int draft = draft();
    String reader = person(Grant.of(Role.READER, "1488", trollhattan().committeeId()));
    String page =
        http.perform(get(address(draft)).with(user(reader)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "<caption>Ändringar av planen</caption>",
            "<th scope=\"col\">Version</th>",
            "Revidering påbörjad",
            "revisor",
            "Version sparad",
            "aria-current=\"page\">Ändringslogg</a>");
    assertThat(page.indexOf("Revidering påbörjad")).isLessThan(page.indexOf("Version sparad"));
    http.perform(get(address(1)).with(user(reader))).andExpect(status().isOk());
  }

  @Test
  void isNotFoundForThePublicOnDraftsAndDecidedVersionsAlike() throws Exception {
    int draft = draft();
    http.perform(get(address(draft))).andExpect(status().isNotFound());
    http.perform(get(address(1))).andExpect(status().isNotFound());
  }

  @Test
  void isNotFoundForSignedInCallersWhoMayNotReadTheCommitteesDrafts() throws Exception {
    String elsewhere = person(Grant.of(Role.CONTROLLER, "1440"));
    String nobody = person();
    http.perform(get(address(1)).with(user(elsewhere))).andExpect(status().isNotFound());
    http.perform(get(address(1)).with(user(nobody))).andExpect(status().isNotFound());
  }

  @Test
  void offersNoWayToChangeOrDeleteAnEntryEvenToAnAdministrator() throws Exception {
    String admin = person(Grant.administrator());
    String page =
        http.perform(get(address(draft())).with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    assertThat(main).doesNotContain("hx-post", "hx-delete", "hx-put");
    // the only forms undo a change, which adds an entry and changes none
    assertThat(main.split("<form").length - 1).isEqualTo(main.split("/undo\"").length - 1);
    http.perform(post(address(1)).with(user(admin)).with(csrf()))
        .andExpect(status().isMethodNotAllowed());
    http.perform(put(address(1)).with(user(admin)).with(csrf()))
        .andExpect(status().isMethodNotAllowed());
    http.perform(delete(address(1)).with(user(admin)).with(csrf()))
        .andExpect(status().isMethodNotAllowed());
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteAuditEntries() {
    draft();
    List<String> before =
        jdbc.sql("select actor || '|' || action || '|' || subject from audit_entry order by id")
            .query(String.class)
            .list();
    assertThat(before).isNotEmpty();

    Throwable update =
        catchThrowable(() -> jdbc.sql("update audit_entry set actor = 'someone else'").update());
    Throwable updateOne =
        catchThrowable(
            () ->
                jdbc.sql(
                        "update audit_entry set new_value = 'x' where id = (select max(id) from"
                            + " audit_entry)")
                    .update());
    Throwable deleteAll = catchThrowable(() -> jdbc.sql("delete from audit_entry").update());
    Throwable deleteOne =
        catchThrowable(
            () ->
                jdbc.sql("delete from audit_entry where id = (select min(id) from audit_entry)")
                    .update());

    for (Throwable refused : List.of(update, updateOne, deleteAll, deleteOne)) {
      assertThat(refused).isInstanceOf(DataAccessException.class);
      assertThat(
              ErrorStatus.refusedByDatabase(refused)
                  || SqlStates.NOT_PERMITTED.equals(SqlStates.of(refused)))
          .as("refused by the database's trigger (P0001) or its privileges (42501): %s", refused)
          .isTrue();
    }
    assertThat(
            jdbc.sql("select actor || '|' || action || '|' || subject from audit_entry order by id")
                .query(String.class)
                .list())
        .isEqualTo(before);
  }

  @Autowired se.styr.budget.TableEditing tableEditing;
  @Autowired se.styr.texts.SectionEditing sectionEditing;

  @Test
  void aFigureAndATextChangedInADraftAreUndoneFromTheLogOnceAndOnlyWhileTheyStand()
      throws Exception {
    int draft = draft();
    long planId = trollhattan().planId();
    String controller = person(Grant.of(Role.CONTROLLER, "1488", trollhattan().committeeId()));
    se.styr.security.Caller caller =
        new se.styr.security.Caller(
            controller,
            controller,
            List.of(Grant.of(Role.CONTROLLER, "1488", trollhattan().committeeId())));
    se.styr.plan.PlanDocument plan =
        plans.load(versions.version(planId, draft).orElseThrow().versionId());
    se.styr.budget.BudgetTable table = plan.tables().get(0);
    se.styr.budget.TableRow row =
        table.rows().stream()
            .filter(r -> r.role() == se.styr.budget.RowRole.ITEM && r.formula() == null)
            .findFirst()
            .orElseThrow();
    String column = table.columns().get(table.columns().size() - 1).key();
    int col = table.columnIndex(column).orElseThrow();
    se.styr.budget.Cell before = row.cell(col);
    tableEditing.changeCell(
        planId,
        draft,
        table.key(),
        row.key(),
        column,
        new se.styr.budget.Cell(new java.math.BigDecimal("4711"), null),
        currentLock(planId, draft, table.key()),
        caller);
    long figureEntry = lastEntry(planId, "FIGURE_CHANGED");
    String page =
        http.perform(get(address(draft)).with(user(controller)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("/audit/" + figureEntry + "/undo");
    http.perform(
            post(address(draft) + "/" + figureEntry + "/undo").with(user(controller)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("undone"));
    se.styr.budget.Cell now =
        plans.load(versions.version(planId, draft).orElseThrow().versionId()).tables().stream()
            .filter(t -> t.key().equals(table.key()))
            .findFirst()
            .orElseThrow()
            .rows()
            .stream()
            .filter(r -> r.key().equals(row.key()))
            .findFirst()
            .orElseThrow()
            .cell(col);
    assertThat(now.value() == null ? null : now.value().stripTrailingZeros())
        .isEqualTo(before.value() == null ? null : before.value().stripTrailingZeros());
    assertThat(lastEntry(planId, "FIGURE_UNDONE")).isGreaterThan(figureEntry);
    // undone once: a second undo is refused, saying by whom
    http.perform(
            post(address(draft) + "/" + figureEntry + "/undo").with(user(controller)).with(csrf()))
        .andExpect(flash().attributeExists("undoRefused"));
    assertThat(
            http.perform(get(address(draft)).with(user(controller)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Ångrad av " + controller)
        .doesNotContain("/audit/" + figureEntry + "/undo");

    // a figure changed again since is not undone over the later change
    tableEditing.changeCell(
        planId,
        draft,
        table.key(),
        row.key(),
        column,
        new se.styr.budget.Cell(new java.math.BigDecimal("1"), null),
        currentLock(planId, draft, table.key()),
        caller);
    long first = lastEntry(planId, "FIGURE_CHANGED");
    tableEditing.changeCell(
        planId,
        draft,
        table.key(),
        row.key(),
        column,
        new se.styr.budget.Cell(new java.math.BigDecimal("2"), null),
        currentLock(planId, draft, table.key()),
        caller);
    http.perform(post(address(draft) + "/" + first + "/undo").with(user(controller)).with(csrf()))
        .andExpect(flash().attributeExists("undoRefused"));

    // a text section the same way
    se.styr.texts.Section section =
        plan.content().stream()
            .filter(b -> b instanceof se.styr.plan.Block.Text)
            .map(b -> ((se.styr.plan.Block.Text) b).section())
            .findFirst()
            .orElseThrow();
    sectionEditing.changeSection(
        planId, draft, section.key(), "Ny text för ångra-provet.", section.text(), caller);
    long textEntry = lastEntry(planId, "TEXT_CHANGED");
    http.perform(
            post(address(draft) + "/" + textEntry + "/undo").with(user(controller)).with(csrf()))
        .andExpect(flash().attributeExists("undone"));
    assertThat(lastEntry(planId, "TEXT_UNDONE")).isGreaterThan(textEntry);

    // a reader may see the log but not undo
    String reader = person(Grant.of(Role.READER, "1488", trollhattan().committeeId()));
    http.perform(post(address(draft) + "/" + first + "/undo").with(user(reader)).with(csrf()))
        .andExpect(flash().attributeExists("undoRefused"));
  }

  private int currentLock(long planId, int number, String tableKey) {
    return jdbc.sql(
            "select t.lock_version from budget_table t join plan_version v on v.id ="
                + " t.plan_version_id where v.plan_id = ? and v.version_number = ? and t.table_key"
                + " = ?")
        .params(planId, number, tableKey)
        .query(Integer.class)
        .single();
  }

  private long lastEntry(long planId, String action) {
    return jdbc.sql("select max(id) from audit_entry where plan_id = ? and action = ?")
        .params(planId, action)
        .query(Long.class)
        .single();
  }
}
