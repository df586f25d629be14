package se.styr.budget;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
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
    return transactions.execute(
        status -> {
          VersionSummary version = versions.writable(planId, number);
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
          Cell old = table.rows().get(row).cell(column);
          String subject =
              table.title()
                  + " / "
                  + table.rows().get(row).label()
                  + " / "
                  + table.columns().get(column).label();
          lock(
              version,
              stored,
              expectedLock,
              caller.actor(),
              "'"
                  + table.rows().get(row).label()
                  + "' / '"
                  + table.columns().get(column).label()
                  + "': "
                  + text(old)
                  + " → "
                  + text(cell));
          tables.writeCell(stored.state().tableId(), row, column, cell);
          audit.record(
              caller.actor(), planId, number, "FIGURE_CHANGED", subject, text(old), text(cell));
          return table(version.versionId(), tableKey);
        });
  }

  /**
   * Replaces a whole table (its columns, rows and figures) after checking the version's tables and
   * text figures with it against the rules.
   */
  public TableStore.StoredTable replaceTable(
      long planId, int number, BudgetTable replacement, int expectedLock, Caller caller) {
    return transactions.execute(
        status -> {
          VersionSummary version = versions.writable(planId, number);
          if (!caller.canManage(versions.scope(planId))) {
            throw StyrException.forbidden(Text.of("budget.error.replaceForbidden"));
          }
          TableStore.StoredTable stored = table(version.versionId(), replacement.key());
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
              "TABLE_REPLACED",
              stored.table().title(),
              TableJson.of(stored.table(), stored.state()).toString(),
              summary);
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

  private static String text(Cell cell) {
    return cell.isBlank() ? "(tom)" : SwedishNumbers.format(cell.value());
  }
}
