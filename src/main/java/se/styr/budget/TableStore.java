package se.styr.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The budget tables of plan versions in SQL. Writes carry the lock version the writer read; a stale
 * one changes nothing and returns the current state, so the caller can say who changed what.
 */
@Component
public class TableStore {
  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  public TableStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** A table as stored, with its lock state. */
  public record StoredTable(BudgetTable table, TableState state) {}

  public void insertTables(long versionId, List<BudgetTable> tables) {
    for (BudgetTable table : tables) {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.sql(
              """
              insert into budget_table (plan_version_id, table_key, kind, title, unit, unit_printed, itemised, distributes,
                relations)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)\
              """)
          .params(
              versionId,
              table.key(),
              table.kind().name(),
              table.title(),
              table.unit(),
              table.unitPrinted(),
              table.itemised(),
              table.distributes() == null ? null : table.distributes().toString(),
              relations(table))
          .update(keys, "id");
      insertContent(keys.getKey().longValue(), table);
    }
  }

  private void insertContent(long tableId, BudgetTable table) {
    List<Object[]> footnotes = new ArrayList<>();
    for (int i = 0; i < table.footnotes().size(); i++) {
      footnotes.add(new Object[] {tableId, i, table.footnotes().get(i)});
    }
    batch.batchUpdate(
        "insert into table_footnote (table_id, position, footnote) values (?, ?, ?)", footnotes);
    List<Object[]> columns = new ArrayList<>();
    for (int c = 0; c < table.columns().size(); c++) {
      TableColumn column = table.columns().get(c);
      columns.add(
          new Object[] {
            tableId,
            c,
            column.key(),
            column.label(),
            column.type().name(),
            column.year(),
            column.asOf(),
            column.unit(),
            column.formula() == null ? null : column.formula().toString()
          });
    }
    batch.batchUpdate(
        """
        insert into table_column (table_id, position, column_key, label, column_type, column_year, as_of, unit, formula)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)\
        """,
        columns);
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> cells = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      TableRow row = table.rows().get(r);
      rows.add(rowValues(tableId, r, row));
      for (int c = 0; c < row.cells().size(); c++) {
        Cell cell = row.cell(c);
        if (!cell.isBlank() || cell.note() != null || cell.printed() != null) {
          cells.add(
              new Object[] {
                tableId,
                r,
                c,
                cell.value(),
                cell.isBlank() ? null : cell.value().scale(),
                cell.note(),
                cell.printed()
              });
        }
      }
    }
    batch.batchUpdate(INSERT_ROW, rows);
    batch.batchUpdate(
        """
        insert into table_cell (table_id, row_position, column_position, amount, decimals, note, printed)
        values (?, ?, ?, ?, ?, ?, ?)\
        """,
        cells);
  }

  private static final String INSERT_ROW =
      """
      insert into table_row (table_id, position, row_key, label, row_role, area_key, group_key, formula, note,
        category, percent, percent_decimals, duration, counterpart, frame_year, from_area, to_area, investment,
        parent_label)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
      """;

  private static Object[] rowValues(long tableId, int r, TableRow row) {
    FrameChange change = row.frameChange();
    return new Object[] {
      tableId,
      r,
      row.key(),
      row.label(),
      row.role().name(),
      row.area(),
      row.group(),
      row.formula() == null ? null : row.formula().toString(),
      row.note(),
      change == null ? null : change.category().name(),
      change == null ? null : change.percent(),
      change == null || change.percent() == null ? null : change.percent().scale(),
      change == null || change.duration() == null ? null : change.duration().name(),
      change == null ? null : change.counterpart(),
      change == null ? null : change.year(),
      row.reallocation() == null ? null : row.reallocation().fromArea(),
      row.reallocation() == null ? null : row.reallocation().toArea(),
      row.investment() == null ? null : row.investment().name(),
      row.parent()
    };
  }

  /**
   * Replaces a locked table that was {@code before} by {@code table}, writing only what changed
   * when its columns and every figure stayed where they were (a row's or the table's properties
   * changed): the table's own fields, its footnotes and the changed rows; the figures, and the
   * record of who last changed each, stay. Otherwise the whole table is written again ({@link
   * #rewrite}).
   */
  public void rewrite(long tableId, BudgetTable before, BudgetTable table) {
    boolean figuresStay =
        before.columns().equals(table.columns())
            && before.rows().size() == table.rows().size()
            && java.util.stream.IntStream.range(0, table.rows().size())
                .allMatch(r -> before.rows().get(r).cells().equals(table.rows().get(r).cells()));
    if (!figuresStay) {
      rewrite(tableId, table);
      return;
    }
    updateHeader(tableId, table);
    if (!before.footnotes().equals(table.footnotes())) {
      jdbc.sql("delete from table_footnote where table_id = ?").param(tableId).update();
      List<Object[]> footnotes = new ArrayList<>();
      for (int i = 0; i < table.footnotes().size(); i++) {
        footnotes.add(new Object[] {tableId, i, table.footnotes().get(i)});
      }
      batch.batchUpdate(
          "insert into table_footnote (table_id, position, footnote) values (?, ?, ?)", footnotes);
    }
    List<Object[]> gone = new ArrayList<>();
    List<Object[]> changed = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      if (!before.rows().get(r).equals(table.rows().get(r))) {
        gone.add(new Object[] {tableId, r});
        changed.add(rowValues(tableId, r, table.rows().get(r)));
      }
    }
    // all changed rows out before any goes in: a key may move from one row to another
    batch.batchUpdate("delete from table_row where table_id = ? and position = ?", gone);
    batch.batchUpdate(INSERT_ROW, changed);
  }

  /** Every table of a plan version by key, in the order they were stored. */
  /** Stores the text figures of a version, in their order. */
  public void insertTextFigures(long versionId, List<TextFigure> figures) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      TextFigure figure = figures.get(i);
      rows.add(
          new Object[] {
            versionId,
            i,
            figure.key(),
            figure.text(),
            figure.value(),
            figure.value().scale(),
            figure.unit(),
            figure.equals().toString()
          });
    }
    batch.batchUpdate(
        """
        insert into text_figure (plan_version_id, position, figure_key, figure_text, amount, decimals, unit, equals_formula)
        values (?, ?, ?, ?, ?, ?, ?, ?)\
        """,
        rows);
  }

  /** The text figures of a version, each at its stated precision. */
  public List<TextFigure> textFigures(long versionId) {
    return jdbc.sql(
            """
            select figure_key, figure_text, amount, decimals, unit, equals_formula from text_figure
            where plan_version_id = ? order by position\
            """)
        .param(versionId)
        .query(
            (rs, n) ->
                new TextFigure(
                    rs.getString("figure_key"),
                    rs.getString("figure_text"),
                    rs.getBigDecimal("amount")
                        .setScale(rs.getInt("decimals"), RoundingMode.UNNECESSARY),
                    rs.getString("unit"),
                    Formula.parse(rs.getString("equals_formula"))))
        .list();
  }

  public Map<String, StoredTable> tables(long versionId) {
    return load("plan_version_id = ?", versionId);
  }

  /** One table of a plan version. */
  public Optional<StoredTable> table(long versionId, String tableKey) {
    return Optional.ofNullable(
        load("plan_version_id = ? and table_key = ?", versionId, tableKey).get(tableKey));
  }

  /**
   * The tables that {@code condition} selects from budget_table, read in four queries whatever
   * their number.
   */
  private Map<String, StoredTable> load(String condition, Object... params) {
    Map<Long, TableParts> parts = new LinkedHashMap<>();
    jdbc.sql(
            """
            select id, table_key, kind, title, unit, unit_printed, itemised, distributes, relations, lock_version,
              changed_by, changed_at, change_summary
            from budget_table\
            """
                + " where "
                + condition
                + " order by id")
        .params(params)
        .query(
            rs -> {
              parts.put(rs.getLong("id"), new TableParts(rs));
            });
    if (parts.isEmpty()) {
      return Map.of();
    }
    String selected = " where table_id in (select id from budget_table where " + condition + ")";
    jdbc.sql(
            "select table_id, footnote from table_footnote"
                + selected
                + " order by table_id, position")
        .params(params)
        .query(
            rs -> {
              parts.get(rs.getLong("table_id")).footnotes.add(rs.getString("footnote"));
            });
    jdbc.sql("select * from table_column" + selected + " order by table_id, position")
        .params(params)
        .query(
            rs -> {
              parts.get(rs.getLong("table_id")).columns.add(column(rs));
            });
    jdbc.sql("select * from table_row" + selected + " order by table_id, position")
        .params(params)
        .query(
            rs -> {
              parts.get(rs.getLong("table_id")).rows.add(new RowParts(rs));
            });
    jdbc.sql("select * from table_cell" + selected)
        .params(params)
        .query(
            rs -> {
              TableParts table = parts.get(rs.getLong("table_id"));
              BigDecimal amount = rs.getBigDecimal("amount");
              Integer decimals = rs.getObject("decimals", Integer.class);
              table.cells.put(
                  List.of(rs.getInt("row_position"), rs.getInt("column_position")),
                  new Cell(
                      amount == null ? null : amount.setScale(decimals, RoundingMode.UNNECESSARY),
                      rs.getString("note"),
                      rs.getString("printed")));
            });
    Map<String, StoredTable> tables = new LinkedHashMap<>();
    for (Map.Entry<Long, TableParts> entry : parts.entrySet()) {
      StoredTable table = entry.getValue().build(entry.getKey());
      tables.put(table.table().key(), table);
    }
    return tables;
  }

  public Optional<TableState> state(long versionId, String tableKey) {
    return jdbc.sql(
            """
            select id, lock_version, changed_by, changed_at, change_summary from budget_table
            where plan_version_id = ? and table_key = ?\
            """)
        .params(versionId, tableKey)
        .query((rs, n) -> state(rs))
        .optional();
  }

  /**
   * Takes the table's lock if it still has {@code expectedLock} and its version is a draft; records
   * who changes what. False when the lock is stale or the version decided: nothing was changed.
   */
  public boolean lock(long tableId, int expectedLock, String user, String summary) {
    return jdbc.sql(
                """
                update budget_table set lock_version = lock_version + 1, changed_by = ?, changed_at = ?, change_summary = ?
                where id = ? and lock_version = ?
                  and exists (select 1 from plan_version v where v.id = budget_table.plan_version_id and v.status = 'DRAFT')\
                """)
            .params(user, Timestamp.from(Instant.now()), clip(summary), tableId, expectedLock)
            .update()
        == 1;
  }

  /**
   * Waits for and holds (until the transaction ends) the table's row lock, so that writes to one
   * table take turns; its lock version now, or empty if the table's version is no longer a draft.
   */
  public Optional<Integer> lockForWrite(long tableId) {
    Optional<Integer> lock =
        jdbc.sql("select lock_version from budget_table where id = ? for update")
            .param(tableId)
            .query(Integer.class)
            .optional();
    boolean draft =
        jdbc.sql(
                    "select count(*) from budget_table t join plan_version v on v.id ="
                        + " t.plan_version_id where t.id = ? and v.status = 'DRAFT'")
                .param(tableId)
                .query(Integer.class)
                .single()
            > 0;
    return draft ? lock : Optional.empty();
  }

  /**
   * The table's next lock version after a write to one of its cells, with who wrote what; the table
   * must be locked by {@link #lockForWrite}.
   */
  public int advance(long tableId, String user, String summary) {
    Instant now = Instant.now();
    jdbc.sql(
            "update budget_table set lock_version = lock_version + 1, changed_by = ?, changed_at ="
                + " ?, change_summary = ? where id = ?")
        .params(user, Timestamp.from(now), clip(summary), tableId)
        .update();
    return jdbc.sql("select lock_version from budget_table where id = ?")
        .param(tableId)
        .query(Integer.class)
        .single();
  }

  /** Records the last change of a cell, at the table's lock version {@code lockVersion}. */
  public void recordCellChange(
      long tableId, int row, int column, int lockVersion, String user, String summary) {
    jdbc.sql(
            "delete from cell_change where table_id = ? and row_position = ? and column_position ="
                + " ?")
        .params(tableId, row, column)
        .update();
    jdbc.sql(
            "insert into cell_change (table_id, row_position, column_position, lock_version,"
                + " changed_by, changed_at, change_summary) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            tableId, row, column, lockVersion, user, Timestamp.from(Instant.now()), clip(summary))
        .update();
  }

  /**
   * The changes of the given cells of one column made after lock version {@code since}, newest
   * first.
   */
  public List<CellChange> changesAfter(long tableId, int since, int column, List<Integer> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
    List<Object> params = new ArrayList<>(List.of(tableId, since, column));
    params.addAll(rows);
    return jdbc.sql(
            "select * from cell_change where table_id = ? and lock_version > ? and column_position"
                + " = ? and row_position in ("
                + marks
                + ") order by lock_version desc")
        .params(params)
        .query(
            (rs, n) ->
                new CellChange(
                    rs.getInt("row_position"),
                    rs.getInt("column_position"),
                    rs.getInt("lock_version"),
                    rs.getString("changed_by"),
                    rs.getTimestamp("changed_at").toInstant(),
                    rs.getString("change_summary")))
        .list();
  }

  /** A table's relations as stored: one a line; null for none. */
  private static String relations(BudgetTable table) {
    return table.relations().isEmpty()
        ? null
        : String.join("\n", table.relations().stream().map(CellRelation::toString).toList());
  }

  private static String clip(String summary) {
    return summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 1999) + "…";
  }

  public void writeCell(long tableId, int row, int column, Cell cell) {
    jdbc.sql(
            "delete from table_cell where table_id = ? and row_position = ? and column_position ="
                + " ?")
        .params(tableId, row, column)
        .update();
    if (!cell.isBlank() || cell.note() != null || cell.printed() != null) {
      jdbc.sql(
              "insert into table_cell (table_id, row_position, column_position, amount, decimals,"
                  + " note, printed) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              tableId,
              row,
              column,
              cell.value(),
              cell.isBlank() ? null : cell.value().scale(),
              cell.note(),
              cell.printed())
          .update();
    }
  }

  /**
   * Replaces the columns, rows, cells and footnotes of a locked table by those of {@code table}.
   */
  public void rewrite(long tableId, BudgetTable table) {
    for (String part :
        List.of("cell_change", "table_cell", "table_row", "table_column", "table_footnote")) {
      jdbc.sql("delete from " + part + " where table_id = ?").param(tableId).update();
    }
    updateHeader(tableId, table);
    insertContent(tableId, table);
  }

  private void updateHeader(long tableId, BudgetTable table) {
    jdbc.sql(
            "update budget_table set kind = ?, title = ?, unit = ?, unit_printed = ?, itemised = ?,"
                + " distributes = ?, relations = ? where id = ?")
        .params(
            table.kind().name(),
            table.title(),
            table.unit(),
            table.unitPrinted(),
            table.itemised(),
            table.distributes() == null ? null : table.distributes().toString(),
            relations(table),
            tableId)
        .update();
  }

  private static TableState state(ResultSet rs) throws SQLException {
    Timestamp changedAt = rs.getTimestamp("changed_at");
    return new TableState(
        rs.getLong("id"),
        rs.getInt("lock_version"),
        rs.getString("changed_by"),
        changedAt == null ? null : changedAt.toInstant(),
        rs.getString("change_summary"));
  }

  private static TableColumn column(ResultSet rs) throws SQLException {
    String formula = rs.getString("formula");
    java.sql.Date asOf = rs.getDate("as_of");
    return new TableColumn(
        rs.getString("column_key"),
        rs.getString("label"),
        ColumnType.valueOf(rs.getString("column_type")),
        rs.getObject("column_year", Integer.class),
        asOf == null ? null : asOf.toLocalDate(),
        rs.getString("unit"),
        formula == null ? null : Formula.parse(formula));
  }

  /** The columns of one row of table_row, until its cells are known. */
  private static final class RowParts {
    final String key;
    final String label;
    final RowRole role;
    final String area;
    final String group;
    final Formula formula;
    final String note;
    final FrameChange frameChange;
    final Reallocation reallocation;
    final InvestmentKind investment;
    final String parent;

    RowParts(ResultSet rs) throws SQLException {
      parent = rs.getString("parent_label");
      key = rs.getString("row_key");
      label = rs.getString("label");
      role = RowRole.valueOf(rs.getString("row_role"));
      area = rs.getString("area_key");
      group = rs.getString("group_key");
      String formulaText = rs.getString("formula");
      formula = formulaText == null ? null : Formula.parse(formulaText);
      note = rs.getString("note");
      String category = rs.getString("category");
      String duration = rs.getString("duration");
      BigDecimal percent = rs.getBigDecimal("percent");
      Integer percentDecimals = rs.getObject("percent_decimals", Integer.class);
      frameChange =
          category == null
              ? null
              : new FrameChange(
                  FrameChange.Category.valueOf(category),
                  percent == null
                      ? null
                      : percent.setScale(percentDecimals, RoundingMode.UNNECESSARY),
                  duration == null ? null : FrameChange.Duration.valueOf(duration),
                  rs.getString("counterpart"),
                  rs.getObject("frame_year", Integer.class));
      String from = rs.getString("from_area");
      reallocation = from == null ? null : new Reallocation(from, rs.getString("to_area"));
      String kind = rs.getString("investment");
      investment = kind == null ? null : InvestmentKind.valueOf(kind);
    }
  }

  /** A table read in parts, assembled once all its parts are in. */
  private static final class TableParts {
    final String key;
    final TableKind kind;
    final String title;
    final String unit;
    final boolean unitPrinted;
    final boolean itemised;
    final Formula distributes;
    final List<CellRelation> relations = new ArrayList<>();
    final TableState state;
    final List<String> footnotes = new ArrayList<>();
    final List<TableColumn> columns = new ArrayList<>();
    final List<RowParts> rows = new ArrayList<>();
    final Map<List<Integer>, Cell> cells = new HashMap<>();

    TableParts(ResultSet rs) throws SQLException {
      key = rs.getString("table_key");
      kind = TableKind.valueOf(rs.getString("kind"));
      title = rs.getString("title");
      unit = rs.getString("unit");
      unitPrinted = rs.getBoolean("unit_printed");
      itemised = rs.getBoolean("itemised");
      String formula = rs.getString("distributes");
      distributes = formula == null ? null : Formula.parse(formula);
      String stated = rs.getString("relations");
      if (stated != null) {
        stated.lines().filter(l -> !l.isBlank()).map(CellRelation::parse).forEach(relations::add);
      }
      state = state(rs);
    }

    StoredTable build(long id) {
      List<TableRow> built = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        RowParts row = rows.get(r);
        List<Cell> rowCells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
          rowCells.add(cells.getOrDefault(List.of(r, c), Cell.BLANK));
        }
        built.add(
            new TableRow(
                row.key,
                row.label,
                row.role,
                row.area,
                row.group,
                row.formula,
                row.note,
                row.frameChange,
                row.reallocation,
                row.investment,
                rowCells,
                row.parent));
      }
      return new StoredTable(
          new BudgetTable(
              key,
              kind,
              title,
              unit,
              unitPrinted,
              columns,
              built,
              footnotes,
              itemised,
              distributes,
              relations),
          state);
    }
  }
}
