package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Decided versions and the audit log are refused changes by the database itself, on PostgreSQL;
 * skipped, saying so, where none is reachable. The application's role owns nothing, so it cannot
 * switch those rules off either.
 */
@OnPostgres
class ReadOnlyDatabasePostgresIT extends ReadOnlyDatabaseContract {
  @Autowired JdbcClient sql;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }

  @Test
  void theApplicationsRoleOwnsNothingAndIsNoSuperuser() {
    assumeTrue(
        PostgresDatabase.applicationUser().equals(PostgresDatabase.APP),
        "the roles could not be made here (see the test output)");
    assertThat(sql.sql("select current_user").query(String.class).single()).isEqualTo("styr_app");
    assertThat(
            sql.sql(
                    "select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles"
                        + " where rolname = current_user")
                .query(Boolean.class)
                .single())
        .isFalse();
    assertThat(
            sql.sql(
                    "select count(*) from pg_tables where schemaname = current_schema() and"
                        + " tableowner = current_user")
                .query(Integer.class)
                .single())
        .isZero();
    for (String statement :
        new String[] {
          "alter table audit_entry disable trigger all",
          "alter table table_cell disable trigger table_cell_decided_read_only",
          "drop trigger audit_entry_append_only on audit_entry",
          "set session_replication_role = replica",
          "truncate table audit_entry",
          "update audit_entry set actor = 'x' where false",
          "delete from audit_entry where false",
          "create table sneaky (id int)",
          "drop table accessibility_report"
        }) {
      assertThatThrownBy(() -> sql.sql(statement).update())
          .as(statement)
          .isInstanceOf(DataAccessException.class)
          .satisfies(e -> assertThat(SqlStates.of(e)).isEqualTo(SqlStates.NOT_PERMITTED));
    }
  }
}
