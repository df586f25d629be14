package se.styr.budget;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.organisation.AreaRules;
import se.styr.organisation.OrganisationStore;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.TextLengths;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * Changes to the tables of a draft version. Each change names the lock version it was based on; a
 * stale change, or any change to a decided version, is refused and nothing is written. Each change
 * is authorised for the caller (a controller changes anything, an editor the rows of their areas)
 * and written to the audit log in the same transaction.
 */
@Component
public class TableEditing {
  private final Versions versions;
  private final TableStore tables;
  private final OrganisationStore organisation;
  private final TransactionOperations transactions;
  private final AuditLog audit;

  public TableEditing(
      Versions versions,
      TableStore tables,
      OrganisationStore organisation,
      TransactionOperations transactions,
      AuditLog audit) {
    this.versions = versions;
    this.tables = tables;
    this.organisation = organisation;
    this.transactions = transactions;
    this.audit = audit;
  }

  public TableStore.StoredTable table(long versionId, String tableKey) {
    return tables
        .table(versionId, tableKey)
        .orElseThrow(() -> StyrException.notFound(Text.of("budget.error.noTable", tableKey)));
  }

  public Map<String, TableStore.StoredTable> tables(long versionId) {
    return tables.tables(versionId);
  }

  /** Sets one figure of a table. */
  public TableStore.StoredTable changeCell(
      long planId,
      int number,
      String tableKey,
      String rowKey,
      String columnKey,
      Cell cell,
      int expectedLock,
      Caller caller) {
    return changeCell(
        planId, number, tableKey, rowKey, columnKey, cell, expectedLock, caller, null, null);
  }

  /**
   * Undoes {@code change}, audit entry {@code entryId}: sets the figure back to what it was, if it
   * still is what the change made it (else 409: changed since).
   */
  public TableStore.StoredTable undo(
      long planId, int number, FigureChange change, long entryId, Caller caller) {
    int lock =
        versions
            .version(planId, number)
            .map(v -> table(v.versionId(), change.table()).state().lockVersion())
            .orElseThrow(() -> Versions.readOnly(number));
    return changeCell(
        planId,
        number,
        change.table(),
        change.row(),
        change.column(),
        change.before(),
        lock,
        caller,
        change.after(),
        entryId);
  }

  private TableStore.StoredTable changeCell(
      long planId,
      int number,
      String tableKey,
      String rowKey,
      String columnKey,
      Cell cell,
      int expectedLock,
      Caller caller,
      Cell expectedNow,
      Long undoes) {
    return transactions.execute(
        status -> {
          VersionSummary version = versions.writable(planId, number);
          long tableId = table(version.versionId(), tableKey).state().tableId();
          // Writes to one table take turns from here; what was read before may be stale.
          Optional<Integer> current = tables.lockForWrite(tableId);
          if (current.isEmpty()) {
            throw Versions.readOnly(number);
          }
          TableStore.StoredTable stored = table(version.versionId(), tableKey);
          BudgetTable table = stored.table();
          int row =
              table
                  .rowIndex(rowKey)
                  .orElseThrow(
                      () ->
                          StyrException.notFound(Text.of("budget.error.noRow", tableKey, rowKey)));
          int column =
              table
                  .columnIndex(columnKey)
                  .orElseThrow(
                      () ->
                          StyrException.notFound(
                              Text.of("budget.error.noColumn", tableKey, columnKey)));
          if (!caller.canChangeArea(versions.scope(planId), table.rows().get(row).area())) {
            throw StyrException.forbidden(
                Text.of("budget.error.rowForbidden", table.rows().get(row).label(), table.title()));
          }
          List<RuleProblem> tooLong =
              new TextLengths()
                  .check(cell.note(), TextLengths.CELL_NOTE, tableKey, rowKey, columnKey, "note")
                  .problems();
          if (!tooLong.isEmpty()) {
            throw new RuleViolation(tooLong);
          }
          if (expectedLock > current.get()) {
            throw new StaleTableException(table.title(), expectedLock, stored.state());
          }
          if (expectedLock < current.get()) {
            refuseIfChangedSince(stored, row, column, expectedLock);
          }
          Cell old = table.rows().get(row).cell(column);
          if (expectedNow != null && !same(old, expectedNow)) {
            throw StyrException.conflict(
                Text.of("budget.error.changedSinceUndo", table.rows().get(row).label(), text(old)));
          }
          String subject =
              table.title()
                  + " / "
                  + table.rows().get(row).label()
                  + " / "
                  + table.columns().get(column).label();
          String summary =
              "'"
                  + table.rows().get(row).label()
                  + "' / '"
                  + table.columns().get(column).label()
                  + "': "
                  + text(old)
                  + " → "
                  + text(cell);
          int written = tables.advance(tableId, caller.actor(), summary);
          tables.writeCell(tableId, row, column, cell);
          tables.recordCellChange(tableId, row, column, written, caller.actor(), summary);
          audit.record(
              caller.actor(),
              planId,
              number,
              undoes == null ? "FIGURE_CHANGED" : "FIGURE_UNDONE",
              subject,
              text(old),
              text(cell),
              new FigureChange(tableKey, rowKey, columnKey, old, cell).json(),
              undoes);
          return table(version.versionId(), tableKey);
        });
  }

  /**
   * Refuses a write based on lock version {@code read} when what the writer saw of it has changed
   * since: the cell itself, or, for a row whose figures are sums (a subtotal, total or balance) or
   * a formula, any cell of its column. Changes to other cells do not refuse it.
   */
  private void refuseIfChangedSince(TableStore.StoredTable stored, int row, int column, int read) {
    BudgetTable table = stored.table();
    TableRow target = table.rows().get(row);
    boolean derived =
        target.formula() != null
            || target.role() == RowRole.SUBTOTAL
            || target.role() == RowRole.TOTAL
            || target.role() == RowRole.BALANCE;
    List<Integer> rows = new ArrayList<>();
    if (derived) {
      for (int i = 0; i < table.rows().size(); i++) {
        rows.add(i);
      }
    } else {
      rows.add(row);
    }
    List<CellChange> changes = tables.changesAfter(stored.state().tableId(), read, column, rows);
    if (!changes.isEmpty()) {
      CellChange last = changes.get(0);
      TableRow changedRow = table.rows().get(last.row());
      throw new StaleTableException(
          table.title(),
          read,
          new TableState(
              stored.state().tableId(),
              stored.state().lockVersion(),
              last.changedBy(),
              last.changedAt(),
              last.summary()),
          changedRow.key(),
          table.columns().get(column).key(),
          changedRow.cell(column));
    }
  }

  /**
   * Replaces a whole table (its columns, rows and figures) after checking the version's tables and
   * text figures with it against the rules.
   */
  public TableStore.StoredTable replaceTable(
      long planId, int number, BudgetTable replacement, int expectedLock, Caller caller) {
    return replaceTable(planId, number, replacement, expectedLock, caller, null, null);
  }

  /**
   * Undoes a whole-table replacement, audit entry {@code entryId} whose target is {@code target}:
   * the table back as it was, if it is still as the replacement left it (else 409).
   */
  public TableStore.StoredTable undoReplacement(
      long planId, int number, String target, long entryId, Caller caller) {
    TableReplacement replaced =
        TableReplacement.of(target)
            .orElseThrow(() -> StyrException.rule(Text.of("budget.error.undoUnreadable")));
    int lock =
        versions
            .version(planId, number)
            .map(v -> table(v.versionId(), replaced.before().key()).state().lockVersion())
            .orElseThrow(() -> Versions.readOnly(number));
    return replaceTable(planId, number, replaced.before(), lock, caller, target, entryId);
  }

  private TableStore.StoredTable replaceTable(
      long planId,
      int number,
      BudgetTable replacement,
      int expectedLock,
      Caller caller,
      String undoneTarget,
      Long undoes) {
    return transactions.execute(
        status -> {
          VersionSummary version = versions.writable(planId, number);
          if (!caller.canManage(versions.scope(planId))) {
            throw StyrException.forbidden(Text.of("budget.error.replaceForbidden"));
          }
          TableStore.StoredTable stored = table(version.versionId(), replacement.key());
          if (undoneTarget != null && !TableReplacement.leftAs(undoneTarget, stored.table())) {
            throw StyrException.conflict(
                Text.of("budget.error.tableChangedSince", stored.table().title()));
          }
          List<RuleProblem> problems = problemsWith(version.versionId(), replacement);
          if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
          }
          String summary =
              "the whole table ("
                  + replacement.rows().size()
                  + " rows, "
                  + replacement.columns().size()
                  + " columns)";
          lock(version, stored, expectedLock, caller.actor(), summary);
          tables.rewrite(stored.state().tableId(), replacement);
          audit.record(
              caller.actor(),
              planId,
              number,
              undoes == null ? "TABLE_REPLACED" : "TABLE_UNDONE",
              stored.table().title(),
              TableJson.of(stored.table(), stored.state()).toString(),
              summary,
              // the table after as it is read back, so that a later undo compares like with like
              new TableReplacement(
                      stored.table(), table(version.versionId(), replacement.key()).table())
                  .json(),
              undoes);
          return table(version.versionId(), replacement.key());
        });
  }

  /** The rule problems of the version's tables and text figures were {@code replacement} stored. */
  private List<RuleProblem> problemsWith(long versionId, BudgetTable replacement) {
    List<BudgetTable> all = new ArrayList<>();
    for (TableStore.StoredTable table : tables.tables(versionId).values()) {
      all.add(table.table().key().equals(replacement.key()) ? replacement : table.table());
    }
    Set<String> areaKeys = new LinkedHashSet<>(AreaRules.keys(organisation.areas(versionId)));
    return TableRules.check(
        all, Set.of(), tables.textFigures(versionId), versions.period(versionId), areaKeys);
  }

  private void lock(
      VersionSummary version,
      TableStore.StoredTable stored,
      int expectedLock,
      String user,
      String summary) {
    if (!tables.lock(stored.state().tableId(), expectedLock, user, summary)) {
      // Decided in the meantime, or changed by someone else: say which.
      if (versions.decidedMeanwhile(version.versionId(), version.number())) {
        throw Versions.readOnly(version.number());
      }
      TableState current = tables.state(version.versionId(), stored.table().key()).orElseThrow();
      throw new StaleTableException(stored.table().title(), expectedLock, current);
    }
  }

  /** Whether two cells hold the same figure, note and printed form (1.50 is 1.5). */
  private static boolean same(Cell a, Cell b) {
    boolean values =
        a.value() == null
            ? b.value() == null
            : b.value() != null && a.value().compareTo(b.value()) == 0;
    return values
        && java.util.Objects.equals(a.note(), b.note())
        && java.util.Objects.equals(a.printed(), b.printed());
  }

  private static String text(Cell cell) {
    return cell.isBlank() && !cell.isDash() ? "(tom)" : cell.shown(' ');
  }
}
