package se.styr.shared;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Where a column stands in a table's rows, as a database trigger receives them (from 0). */
public final class ColumnPosition {
  private ColumnPosition() {}

  public static int of(Connection conn, String schema, String table, String column)
      throws SQLException {
    DatabaseMetaData meta = conn.getMetaData();
    try (ResultSet columns = meta.getColumns(null, schema, table, null)) {
      while (columns.next()) {
        if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
          return columns.getInt("ORDINAL_POSITION") - 1;
        }
      }
    }
    throw new SQLException("Table " + table + " has no column " + column);
  }
}
