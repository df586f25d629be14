package se.styr.followup.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.h2.api.Trigger;
import se.styr.shared.ColumnPosition;

/**
 * The database's own refusal, on H2, to change what was reported at a follow-up occasion once it is
 * no longer open, to move an occasion's status back, or to change a closed occasion at all,
 * whatever program writes (migration db/vendor/h2/V13). PostgreSQL has the same rules in PL/pgSQL.
 * A report is written open and given its status last, so nothing is ever inserted into a closed
 * occasion either.
 *
 * <p>Its name is stored: H2 databases' triggers call {@code
 * se.styr.followup.report.ClosedOccasionGuard} by name, so it is never moved or renamed.
 */
public class ClosedOccasionGuard implements Trigger {
  private static final List<String> ORDER = List.of("OPEN", "REPORTED", "CLOSED");
  private static final String STATUS = "select status from follow_up_occasion where id = ?";

  private boolean occasion;
  private int idColumn;
  private int statusColumn;
  private int occasionColumn;

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type)
      throws SQLException {
    occasion = tableName.toLowerCase(Locale.ROOT).equals("follow_up_occasion");
    if (occasion) {
      idColumn = ColumnPosition.of(conn, schemaName, tableName, "id");
      statusColumn = ColumnPosition.of(conn, schemaName, tableName, "status");
    } else {
      occasionColumn = ColumnPosition.of(conn, schemaName, tableName, "occasion_id");
    }
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (occasion) {
      String old = (String) oldRow[statusColumn];
      if ("CLOSED".equals(old)) {
        throw new SQLException(
            "Follow-up occasion "
                + oldRow[idColumn]
                + " is closed and read-only ("
                + (newRow == null ? "DELETE" : "UPDATE")
                + " refused)",
            "P0001");
      }
      if (newRow != null && ORDER.indexOf((String) newRow[statusColumn]) < ORDER.indexOf(old)) {
        throw new SQLException(
            "Follow-up occasion "
                + oldRow[idColumn]
                + " cannot go back from "
                + old
                + " to "
                + newRow[statusColumn],
            "P0001");
      }
      return;
    }
    for (Object[] row : new Object[][] {oldRow, newRow}) {
      if (row != null && !open(conn, row[occasionColumn])) {
        throw new SQLException(
            "Follow-up occasion " + row[occasionColumn] + " is no longer open for entries",
            "P0001");
      }
    }
  }

  private static boolean open(Connection conn, Object id) throws SQLException {
    try (PreparedStatement query = conn.prepareStatement(STATUS)) {
      query.setObject(1, id);
      try (ResultSet result = query.executeQuery()) {
        return !result.next() || "OPEN".equals(result.getString(1));
      }
    }
  }
}
