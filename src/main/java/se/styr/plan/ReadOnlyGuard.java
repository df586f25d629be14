package se.styr.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * The database's own refusal, on H2, to change a decided plan version or the audit log, whatever
 * program writes (migration db/vendor/h2/V4), or to move a plan with a decided version to another
 * committee or year, or such a committee to another municipality or key (V7). PostgreSQL has the
 * same rules in PL/pgSQL. A version is written as a draft and decided last, so nothing of a decided
 * version is ever inserted either.
 *
 * <p>Its name is stored: every H2 database's triggers call {@code se.styr.plan.ReadOnlyGuard} by
 * name (V4), so this class stays in {@code plan} (beside {@link PlanStore}, which writes versions)
 * and is never renamed, or the databases Styr's users already have would no longer open.
 */
public class ReadOnlyGuard implements Trigger {
  private static final String VERSION = "select status from plan_version where id = ?";
  private static final String BY_TABLE =
      "select v.status from budget_table t join plan_version v on v.id = t.plan_version_id where"
          + " t.id = ?";
  private static final String BY_DECISION =
      "select v.status from decision d join plan_version v on v.id = d.plan_version_id where d.id ="
          + " ?";
  private static final String BY_AREA =
      "select v.status from operational_area a join plan_version v on v.id = a.plan_version_id"
          + " where a.id = ?";

  private static final String PLAN_DECIDED =
      "select 1 from plan_version where plan_id = ? and status = 'DECIDED'";
  private static final String COMMITTEE_DECIDED =
      "select 1 from plan p join plan_version v on v.plan_id = p.id where p.committee_id = ? and"
          + " v.status = 'DECIDED'";

  private String table;
  private int keyColumn;
  private int[] placeColumns = {};
  private String statusQuery;
  private int statusColumn = -1;

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type)
      throws SQLException {
    table = tableName.toLowerCase(Locale.ROOT);
    String key;
    switch (table) {
      case "audit_entry" -> key = null;
      case "plan" -> {
        key = "id";
        placeColumns =
            new int[] {
              position(conn, schemaName, tableName, "committee_id"),
              position(conn, schemaName, tableName, "budget_year")
            };
        statusQuery = PLAN_DECIDED;
      }
      case "committee" -> {
        key = "id";
        placeColumns =
            new int[] {
              position(conn, schemaName, tableName, "municipality_code"),
              position(conn, schemaName, tableName, "committee_key")
            };
        statusQuery = COMMITTEE_DECIDED;
      }
      case "plan_version" -> {
        key = "id";
        statusColumn = position(conn, schemaName, tableName, "status");
      }
      case "table_footnote", "table_column", "table_row", "table_cell" -> {
        key = "table_id";
        statusQuery = BY_TABLE;
      }
      case "decision_point" -> {
        key = "decision_id";
        statusQuery = BY_DECISION;
      }
      case "area_event" -> {
        key = "area_id";
        statusQuery = BY_AREA;
      }
      default -> {
        key = "plan_version_id";
        statusQuery = VERSION;
      }
    }
    keyColumn = key == null ? -1 : position(conn, schemaName, tableName, key);
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (table.equals("audit_entry")) {
      throw new SQLException(
          "The audit log cannot be changed ("
              + (newRow == null ? "DELETE" : "UPDATE")
              + " refused)",
          "P0001");
    }
    if (table.equals("plan") || table.equals("committee")) {
      if (oldRow != null
          && newRow != null
          && moved(oldRow, newRow)
          && any(conn, oldRow[keyColumn])) {
        throw new SQLException(
            (table.equals("plan")
                ? "Plan "
                    + oldRow[keyColumn]
                    + " has a decided version: its committee and budget"
                    + " year cannot change"
                : "Committee "
                    + oldRow[keyColumn]
                    + " has a decided plan: its municipality and"
                    + " key cannot change"),
            "P0001");
      }
      return;
    }
    if (table.equals("plan_version")) {
      if (oldRow != null && "DECIDED".equals(oldRow[statusColumn])) {
        throw refused("Plan version " + oldRow[keyColumn]);
      }
      return;
    }
    for (Object[] row : new Object[][] {oldRow, newRow}) {
      if (row != null && decided(conn, row[keyColumn])) {
        throw refused("The plan version of this " + table + " row");
      }
    }
  }

  private boolean moved(Object[] oldRow, Object[] newRow) {
    for (int column : placeColumns) {
      if (!java.util.Objects.equals(oldRow[column], newRow[column])) {
        return true;
      }
    }
    return false;
  }

  private boolean any(Connection conn, Object key) throws SQLException {
    try (PreparedStatement statement = conn.prepareStatement(statusQuery)) {
      statement.setObject(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  private boolean decided(Connection conn, Object key) throws SQLException {
    if (key == null) {
      return false;
    }
    try (PreparedStatement statement = conn.prepareStatement(statusQuery)) {
      statement.setObject(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && "DECIDED".equals(result.getString(1));
      }
    }
  }

  private static SQLException refused(String what) {
    return new SQLException(what + " is decided and read-only", "P0001");
  }

  private static int position(Connection conn, String schema, String table, String column)
      throws SQLException {
    return se.styr.shared.ColumnPosition.of(conn, schema, table, column);
  }
}
