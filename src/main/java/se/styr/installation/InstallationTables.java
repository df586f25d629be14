package se.styr.installation;

import java.util.List;
import java.util.Map;

/**
 * Every table of Styr's schema and what an installation export does with it: the tables it exports
 * (in the order a restore inserts them, parents first, each with the columns its rows are ordered
 * by) and the tables it leaves out because they are derived (with why). A test reads the migrations
 * and fails on a table that is on neither list, so that nothing is silently dropped.
 */
final class InstallationTables {
  private InstallationTables() {}

  /**
   * One exported table: its rows ordered by {@code orderBy}; {@code identity} names its id column.
   */
  record Table(String name, String orderBy, boolean identity) {}

  static final List<Table> EXPORTED =
      List.of(
          new Table("municipality", "code", false),
          new Table("committee", "id", true),
          new Table("plan", "id", true),
          new Table("plan_version", "id", true),
          new Table("decision", "id", true),
          new Table("decision_point", "decision_id, position", false),
          new Table("operational_area", "id", true),
          new Table("area_event", "area_id, position", false),
          new Table("content_block", "plan_version_id, position", false),
          new Table("budget_table", "id", true),
          new Table("table_footnote", "table_id, position", false),
          new Table("table_column", "table_id, position", false),
          new Table("table_row", "table_id, position", false),
          new Table("table_cell", "table_id, row_position, column_position", false),
          new Table("cell_change", "table_id, row_position, column_position", false),
          new Table("text_figure", "plan_version_id, position", false),
          new Table("plan_steering", "plan_version_id", false),
          new Table("follow_up_occasion", "id", true),
          new Table("follow_up_area", "occasion_id, area_key", false),
          new Table("follow_up_measure", "occasion_id, area_key, position", false),
          new Table("follow_up_indicator", "occasion_id, indicator_key, period", false),
          new Table("follow_up_control", "occasion_id, control_key", false),
          new Table("follow_up_control_action", "occasion_id, control_key, position", false),
          new Table("follow_up_project", "occasion_id, project_key", false),
          new Table("follow_up_commitment", "occasion_id, kind, item_key", false),
          new Table("follow_up_budget_change", "occasion_id, position", false),
          new Table("follow_up_measure_count", "occasion_id, measure_key, period", false),
          new Table("follow_up_provider", "occasion_id, provider_key, checked", false),
          new Table("follow_up_assessment", "occasion_id, subject_kind, subject_key", false),
          new Table("ledger_mapping", "plan_id, version", false),
          new Table("plan_template", "municipality_code", false),
          new Table("app_user", "id", true),
          new Table("role_grant", "id", true),
          new Table("audit_entry", "id", true),
          new Table("accessibility_report", "id", true),
          new Table("kolada_kpi", "id", false),
          new Table("kolada_municipality", "id", false),
          new Table("kolada_unit", "id", false),
          new Table("kolada_group", "id", false),
          new Table("kolada_group_member", "group_id, municipality", false),
          new Table("kolada_comparison", "kpi, period, gender", false),
          new Table("kolada_unit_value", "kpi, ou, period, gender", false),
          new Table("scb_population", "region, kind, stat_year, sex, age", false));

  /** The tables an export leaves out, each with why: nothing in them is lost. */
  static final Map<String, String> DERIVED =
      Map.of(
          "cache_stamp",
          "version stamps of what nodes keep computed (pages, documents); a restore moves the"
              + " national stamp on, so every node computes afresh",
          "truncation_guard",
          "H2 only (db/vendor/h2/V7): always empty by its own check; its foreign keys make H2"
              + " refuse TRUNCATE of the tables it names",
          "spring_session",
          "the signed-in sessions (Spring Session JDBC): a restored installation signs everyone"
              + " in afresh",
          "spring_session_attributes",
          "what each signed-in session holds (the caller, the CSRF token): as spring_session",
          "background_lease",
          "which node runs which background job and when it was last done: a restored"
              + " installation's nodes take the jobs afresh");

  /** The rows of app_user carry this in place of password_hash, which is never exported. */
  static final String HAS_PASSWORD = "has_password";

  static final String PASSWORD_HASH = "password_hash";
}
