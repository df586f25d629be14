package se.styr.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import se.styr.installation.InstallationTables.Table;
import se.styr.installation.RowFormat.Column;
import se.styr.installation.RowFormat.Type;

/**
 * A table's rows in and out of the database, as plain JDBC on one connection (the export's snapshot
 * or the restore's transaction). Table and column names come from {@link InstallationTables} and
 * the database's own description of the table, never from a file.
 */
final class TableRows {
  private TableRows() {}

  /** A column as the database has it: its name, its format type and its JDBC type. */
  record DatabaseColumn(String name, Type type, int sqlType) {
    Column exported() {
      return name.equals(InstallationTables.PASSWORD_HASH)
          ? new Column(InstallationTables.HAS_PASSWORD, Type.BOOLEAN)
          : new Column(name, type);
    }
  }

  static List<DatabaseColumn> columns(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select * from " + table + " where 1 = 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      List<DatabaseColumn> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(
            new DatabaseColumn(
                meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT),
                RowFormat.type(meta.getColumnType(i), meta.getColumnTypeName(i)),
                meta.getColumnType(i)));
      }
      return columns;
    }
  }

  static List<Column> exported(List<DatabaseColumn> columns) {
    return columns.stream().map(DatabaseColumn::exported).toList();
  }

  /** Writes the table's header and rows to {@code out}; the number of rows. */
  static long write(Connection connection, Table table, Writer out) throws SQLException {
    List<DatabaseColumn> columns = columns(connection, table.name());
    List<Column> exported = exported(columns);
    try {
      out.write(RowFormat.header(table.name(), exported));
      out.write('\n');
      long rows = 0;
      try (Statement statement = connection.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "select * from " + table.name() + " order by " + table.orderBy())) {
        while (rs.next()) {
          List<Object> values = new ArrayList<>(columns.size());
          for (int i = 0; i < columns.size(); i++) {
            DatabaseColumn column = columns.get(i);
            Object value = RowFormat.read(rs, i + 1, column.type());
            values.add(
                column.name().equals(InstallationTables.PASSWORD_HASH) ? value != null : value);
          }
          out.write(RowFormat.row(exported, values));
          out.write('\n');
          rows++;
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
