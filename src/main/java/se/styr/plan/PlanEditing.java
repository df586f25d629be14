package se.styr.plan;

import se.styr.budget.TableRules;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.texts.SectionStore;
import se.styr.texts.StaleSectionException;
import se.styr.version.PlanAccess;
import se.styr.version.PlanStatus;
import se.styr.version.VersionSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.StaleTableException;
import se.styr.budget.TableState;
import se.styr.budget.TableStore;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.security.PlanScope;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.SwedishNumbers;

/**
 * Changes to the tables and text sections of a draft version. Each table change names the lock
 * version it was based on, each text change the text it was based on;
 * a stale change, or any change to a decided version, is refused and nothing is written. Each change
 * is authorised for the caller (a controller changes anything, an editor the rows of their areas)
 * and written to the audit log in the same transaction.
 */
@Component
public class PlanEditing {
  /** The most characters a text section may hold. */
  public static final int MAX_SECTION_LENGTH = 200_000;
  private final PlanStore plans;
  private final TableStore tables;
  private final TransactionOperations transactions;
  private final AuditLog audit;
  private final SectionStore sections;

  public PlanEditing(PlanStore plans, TableStore tables, TransactionOperations transactions, AuditLog audit,
      SectionStore sections) {
    this.plans = plans;
    this.tables = tables;
    this.transactions = transactions;
    this.audit = audit;
    this.sections = sections;
  }

  /** The version {@code number} of a plan, or a NOT_FOUND error. */
  public VersionSummary version(long planId, int number) {
    return plans.version(planId, number)
        .orElseThrow(() -> StyrException.notFound("Plan " + planId + " has no version " + number));
  }

  public TableStore.StoredTable table(long versionId, String tableKey) {
    return tables.table(versionId, tableKey)
        .orElseThrow(() -> StyrException.notFound("This plan version has no table '" + tableKey + "'"));
  }

  /** Sets one figure of a table. */
  public TableStore.StoredTable changeCell(long planId, int number, String tableKey, String rowKey, String columnKey,
      Cell cell, int expectedLock, Caller caller) {
    return transactions.execute(status -> {
      VersionSummary version = writable(planId, number);
      TableStore.StoredTable stored = table(version.versionId(), tableKey);
      BudgetTable table = stored.table();
      int row = table.rowIndex(rowKey).orElseThrow(() -> StyrException.notFound("Table '" + tableKey + "' has no row '" + rowKey + "'"));
      int column = table.columnIndex(columnKey)
          .orElseThrow(() -> StyrException.notFound("Table '" + tableKey + "' has no column '" + columnKey + "'"));
      if (!caller.canChangeArea(scope(planId), table.rows().get(row).area())) {
        throw PlanAccess.forbidden("You may not change the row '" + table.rows().get(row).label() + "' of '"
            + table.title() + "'.");
      }
      Cell old = table.rows().get(row).cell(column);
      String subject = table.title() + " / " + table.rows().get(row).label() + " / " + table.columns().get(column).label();
      lock(version, stored, expectedLock, caller.actor(), "'" + table.rows().get(row).label() + "' / '"
          + table.columns().get(column).label() + "': " + text(old) + " → " + text(cell));
      tables.writeCell(stored.state().tableId(), row, column, cell);
      audit.record(caller.actor(), planId, number, "FIGURE_CHANGED", subject, text(old), text(cell));
      return table(version.versionId(), tableKey);
    });
  }

  /** Replaces a whole table (its columns, rows and figures) after checking it against the plan's rules. */
  public TableStore.StoredTable replaceTable(long planId, int number, BudgetTable replacement, int expectedLock,
      Caller caller) {
    return transactions.execute(status -> {
      VersionSummary version = writable(planId, number);
      if (!caller.canManage(scope(planId))) {
        throw PlanAccess.forbidden("Only the committee's controllers may replace a whole table.");
      }
      TableStore.StoredTable stored = table(version.versionId(), replacement.key());
      PlanDocument plan = plans.load(version.versionId());
      List<Block> content = new ArrayList<>();
      for (Block block : plan.content()) {
        boolean replaced = block instanceof Block.Table t && t.table().key().equals(replacement.key());
        content.add(replaced ? new Block.Table(replacement) : block);
      }
      List<RuleProblem> problems = TableRules.check(plan.withContent(content));
      if (!problems.isEmpty()) {
        throw new RuleViolation(problems);
      }
      String summary = "the whole table (" + replacement.rows().size() + " rows, " + replacement.columns().size() + " columns)";
      lock(version, stored, expectedLock, caller.actor(), summary);
      tables.rewrite(stored.state().tableId(), replacement);
      audit.record(caller.actor(), planId, number, "TABLE_REPLACED", stored.table().title(),
          se.styr.budget.TableJson.of(stored.table(), stored.state()).toString(), summary);
      return table(version.versionId(), replacement.key());
    });
  }

  /**
   * Replaces the Markdown text of a section of a draft. {@code expectedText} is the text the editor
   * started from: if the stored text differs, someone changed it meanwhile and nothing is written.
   * Line breaks are stored as \n whatever the browser sent.
   */
  public Block.Section changeSection(long planId, int number, String sectionKey, String newText, String expectedText,
      Caller caller) {
    String text = lines(newText);
    if (text.length() > MAX_SECTION_LENGTH) {
      throw StyrException.rule("A text section holds at most " + MAX_SECTION_LENGTH + " characters; this one has "
          + text.length() + ".");
    }
    return transactions.execute(status -> {
      VersionSummary version = writable(planId, number);
      if (!caller.canManage(scope(planId))) {
        throw PlanAccess.forbidden("Only the committee's controllers may change the texts of plan " + planId + ".");
      }
      Block.Section section = sections.lock(version.versionId(), sectionKey)
          .orElseThrow(() -> StyrException.notFound("This plan version has no text section '" + sectionKey + "'"));
      String stored = lines(section.text());
      // Trailing blanks are no change of content; browsers and shells drop or add them freely.
      if (!stored.stripTrailing().equals(lines(expectedText).stripTrailing())) {
        AuditLog.Entry last = lastChange(planId, number, subject(section));
        throw new StaleSectionException(section, last == null ? null : last.actor(), last == null ? null : last.at());
      }
      if (stored.equals(text)) {
        return section;
      }
      sections.writeText(version.versionId(), sectionKey, text);
      audit.record(caller.actor(), planId, number, "TEXT_CHANGED", subject(section), stored, text);
      return new Block.Section(section.key(), section.title(), section.level(), text);
    });
  }

  /** How the audit log names a section: its title, or its key when it has none. */
  public static String subject(Block.Section section) {
    return section.title() == null ? section.key() : section.title();
  }

  private AuditLog.Entry lastChange(long planId, int number, String subject) {
    return audit.ofPlan(planId, 500).stream()
        .filter(e -> Integer.valueOf(number).equals(e.version()) && "TEXT_CHANGED".equals(e.action())
            && subject.equals(e.subject()))
        .findFirst().orElse(null);
  }

  private static String lines(String text) {
    return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  public Map<String, TableStore.StoredTable> tables(long versionId) {
    return tables.tables(versionId);
  }

  private PlanScope scope(long planId) {
    return PlanAccess.scope(plans.plan(planId).orElseThrow(() -> StyrException.notFound("No plan " + planId)));
  }

  private VersionSummary writable(long planId, int number) {
    VersionSummary version = version(planId, number);
    if (version.status() == PlanStatus.DECIDED) {
      throw readOnly(number);
    }
    return version;
  }

  private void lock(VersionSummary version, TableStore.StoredTable stored, int expectedLock, String user, String summary) {
    if (!tables.lock(stored.state().tableId(), expectedLock, user, summary)) {
      // Decided in the meantime, or changed by someone else: say which.
      if (version(plans.planIdOfVersion(version.versionId()), version.number()).status() == PlanStatus.DECIDED) {
        throw readOnly(version.number());
      }
      TableState current = tables.state(version.versionId(), stored.table().key()).orElseThrow();
      throw new StaleTableException(stored.table().title(), expectedLock, current);
    }
  }

  private static StyrException readOnly(int number) {
    return new StyrException(ErrorCode.DECIDED_VERSION_IS_READ_ONLY,
        "Version " + number + " is decided and never changes; start a revision to change the plan.");
  }

  private static String text(Cell cell) {
    return cell.isBlank() ? "(tom)" : SwedishNumbers.format(cell.value());
  }
}
