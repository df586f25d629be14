package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFiles;
import se.styr.plan.PlanStore;
import se.styr.security.AuditLog;
import se.styr.version.Decision;
import se.styr.version.Versions;
import se.styr.web.ErrorStatus;

/**
 * The database itself refuses every change to a decided version and to the audit log, whatever
 * program writes (here plain SQL, past all of Styr's checks); the same statements on a draft work.
 * Subclasses choose the database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "styr.demo.load=false")
abstract class ReadOnlyDatabaseContract {
  private static final String DECIDED = "0381";
  private static final String DRAFT = "0382";
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  @BeforeEach
  void oneDecidedVersionAndOneDraft() {
    if (versions.plan(DECIDED, "omsorgsnamnden", 2024).isPresent()) {
      return;
    }
    PlanStore.StoredVersion decided = plans.store(plan(DECIDED), "setup");
    versions.decide(
        decided.versionId(), Decision.on(LocalDate.of(2024, 1, 24), "§ 5", "ON 2024/7"), "setup");
    plans.store(plan(DRAFT), "setup");
    audit.record("setup", null, null, "TEST", "an entry to keep", "old", "new");
  }

  private static PlanDocument plan(String code) {
    return PlanFileReader.read(code, PlanFiles.VALID.replace("\"1488\"", "\"" + code + "\""));
  }

  private long version(String code) {
    return versions
        .version(versions.plan(code, "omsorgsnamnden", 2024).orElseThrow().planId(), 1)
        .orElseThrow()
        .versionId();
  }

  private long table(String code) {
    return jdbc.sql("select id from budget_table where plan_version_id = ?")
        .param(version(code))
        .query(Long.class)
        .single();
  }

  private int update(String sql, Object... params) {
    return jdbc.sql(sql).params(params).update();
  }

  private void assertRefused(String sql, Object... params) {
    assertThatThrownBy(() -> update(sql, params))
        .as(sql)
        .isInstanceOf(DataAccessException.class)
        .satisfies(
            e ->
                assertThat(ErrorStatus.refusedByDatabase(e))
                    .as("refused by the database's own rule (P0001): %s", e)
                    .isTrue());
  }

  /**
   * Refused by the database's own rule, or (on PostgreSQL, where the application's role may not
   * change the audit log at all) by its privileges before the rule is reached.
   */
  private void assertRefusedOrNotPermitted(String sql, Object... params) {
    assertThatThrownBy(() -> update(sql, params))
        .as(sql)
        .isInstanceOf(DataAccessException.class)
        .satisfies(
            e ->
                assertThat(
                        ErrorStatus.refusedByDatabase(e)
                            || SqlStates.NOT_PERMITTED.equals(SqlStates.of(e)))
                    .as("refused by the database's rule (P0001) or privileges (42501): %s", e)
                    .isTrue());
  }

  private List<BigDecimal> figures(String code) {
    return jdbc.sql(
            "select amount from table_cell where table_id = ? order by row_position,"
                + " column_position")
        .param(table(code))
        .query(BigDecimal.class)
        .list();
  }

  @Test
  void refusesToChangeAFigureOfADecidedVersion() {
    List<BigDecimal> before = figures(DECIDED);
    assertRefused(
        "update table_cell set amount = 1 where table_id in (select id from budget_table where"
            + " plan_version_id = ?)",
        version(DECIDED));
    assertThat(figures(DECIDED)).isEqualTo(before);
  }

  @Test
  void refusesToChangeADecidedVersionItself() {
    assertRefused("update plan_version set title = 'x' where id = ?", version(DECIDED));
    assertRefused("update plan_version set status = 'DRAFT' where id = ?", version(DECIDED));
    assertRefused("delete from plan_version where id = ?", version(DECIDED));
    assertThat(plans.load(version(DECIDED)).header().title()).isEqualTo("Verksamhetsplan 2024");
  }

  @Test
  void refusesToDeleteTheTextOfADecidedVersion() {
    assertRefused("delete from content_block where plan_version_id = ?", version(DECIDED));
    assertThat(
            jdbc.sql("select count(*) from content_block where plan_version_id = ?")
                .param(version(DECIDED))
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void refusesToAddAFigureOrADecisionToADecidedVersion() {
    assertRefused(
        "insert into table_cell (table_id, row_position, column_position, amount, decimals) values"
            + " (?, 7, 7, 1, 0)",
        table(DECIDED));
    assertRefused(
        "insert into decision (plan_version_id, position, body) values (?, 9, 'x')",
        version(DECIDED));
    assertRefused(
        "update budget_table set lock_version = lock_version + 1, changed_by = 'x' where id = ?",
        table(DECIDED));
    assertRefused("delete from table_row where table_id = ?", table(DECIDED));
  }

  @Test
  void letsTheSameStatementsChangeADraft() {
    assertThat(
            update(
                "update table_cell set amount = 1 where table_id in (select id from budget_table"
                    + " where plan_version_id = ?)",
                version(DRAFT)))
        .isPositive();
    assertThat(update("update plan_version set title = 'x' where id = ?", version(DRAFT)))
        .isEqualTo(1);
    assertThat(
            update(
                "insert into table_cell (table_id, row_position, column_position, amount, decimals)"
                    + " values (?, 7, 7, 1, 0)",
                table(DRAFT)))
        .isEqualTo(1);
    assertThat(update("delete from content_block where plan_version_id = ?", version(DRAFT)))
        .isEqualTo(2);
  }

  @Test
  void refusesToChangeOrDeleteTheAuditLogButAddsToIt() {
    int entries = jdbc.sql("select count(*) from audit_entry").query(Integer.class).single();
    assertRefusedOrNotPermitted("update audit_entry set actor = 'someone else'");
    assertRefusedOrNotPermitted("update audit_entry set new_value = 'x' where action = 'TEST'");
    assertRefusedOrNotPermitted("delete from audit_entry where action = 'TEST'");
    assertRefusedOrNotPermitted("delete from audit_entry");
    assertThat(jdbc.sql("select count(*) from audit_entry").query(Integer.class).single())
        .isEqualTo(entries);
    assertThat(audit.ofAdministration(100))
        .anySatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("setup");
              assertThat(e.newValue()).isEqualTo("new");
            });
    audit.record("test", null, null, "TEST", "one more", null, null);
    assertThat(jdbc.sql("select count(*) from audit_entry").query(Integer.class).single())
        .isEqualTo(entries + 1);
  }

  @Test
  void refusesToTruncateTheAuditLogOrThePartsOfPlans() {
    int entries = jdbc.sql("select count(*) from audit_entry").query(Integer.class).single();
    List<BigDecimal> decided = figures(DECIDED);
    for (String table :
        List.of(
            "audit_entry",
            "table_cell",
            "table_row",
            "table_column",
            "table_footnote",
            "content_block",
            "text_figure",
            "plan_steering",
            "decision_point",
            "area_event",
            "budget_table",
            "plan_version",
            "plan")) {
      assertThatThrownBy(() -> jdbc.sql("truncate table " + table).update())
          .as("truncate table %s", table)
          .isInstanceOf(DataAccessException.class);
    }
    assertThat(jdbc.sql("select count(*) from audit_entry").query(Integer.class).single())
        .isEqualTo(entries);
    assertThat(figures(DECIDED)).isEqualTo(decided);
  }

  @Test
  void refusesToMoveAPlanWithADecidedVersionToAnotherYearOrCommittee() {
    long decided = versions.plan(DECIDED, "omsorgsnamnden", 2024).orElseThrow().planId();
    long draftCommittee =
        jdbc.sql("select committee_id from plan where id = ?")
            .param(versions.plan(DRAFT, "omsorgsnamnden", 2024).orElseThrow().planId())
            .query(Long.class)
            .single();
    assertRefused("update plan set budget_year = 2031 where id = ?", decided);
    assertRefused("update plan set committee_id = ? where id = ?", draftCommittee, decided);
    long committee =
        jdbc.sql("select committee_id from plan where id = ?")
            .param(decided)
            .query(Long.class)
            .single();
    assertRefused("update committee set municipality_code = ? where id = ?", DRAFT, committee);
    assertRefused("update committee set committee_key = 'annan' where id = ?", committee);
    assertThat(versions.plan(DECIDED, "omsorgsnamnden", 2024)).isPresent();
    // A committee may be renamed; a plan of drafts only may move.
    assertThat(update("update committee set name = name where id = ?", committee)).isEqualTo(1);
    long draft = versions.plan(DRAFT, "omsorgsnamnden", 2024).orElseThrow().planId();
    assertThat(update("update plan set budget_year = 2031 where id = ?", draft)).isEqualTo(1);
    assertThat(update("update plan set budget_year = 2024 where id = ?", draft)).isEqualTo(1);
  }

  @Test
  void recordsTheStoringAndDecidingOfAVersion() {
    long planId = versions.plan(DECIDED, "omsorgsnamnden", 2024).orElseThrow().planId();
    assertThat(audit.ofPlan(planId, 10))
        .extracting(
            AuditLog.Entry::action,
            AuditLog.Entry::actor,
            AuditLog.Entry::oldValue,
            AuditLog.Entry::newValue)
        .containsExactly(
            Tuple.tuple(
                "VERSION_DECIDED", "setup", "DRAFT", "DECIDED 2024-01-24 § 5 dnr ON 2024/7"),
            Tuple.tuple("VERSION_STORED", "setup", null, "DRAFT"));
  }
}
