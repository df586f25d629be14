package se.styr.budget.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.RelationWords;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableRow;
import se.styr.budget.TableState;
import se.styr.checks.Finding;
import se.styr.plan.web.FindingView;
import se.styr.security.Caller;
import se.styr.security.PlanScope;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * A budget table as a page shows it: figures in Swedish format, each finding at its cell with the
 * stated and computed figure and the difference, which cells the caller may change, and the
 * relations the plan states between its figures, in the plan's words.
 */
public record TableView(
    String key,
    String title,
    String unit,
    boolean unitPrinted,
    int lockVersion,
    String changedBy,
    String changeSummary,
    List<String> columns,
    List<String> columnKeys,
    List<RowView> rows,
    List<String> footnotes,
    List<FindingView> findings,
    List<FindingView> tableFindings,
    List<Text> relations) {

  record CellView(
      String columnKey, String text, String input, FindingView finding, boolean editable) {}

  record RowView(String key, String label, String css, List<CellView> cells) {}

  static TableView of(
      BudgetTable table,
      Map<String, BudgetTable> tables,
      TableState state,
      List<Finding> findings,
      Caller caller,
      PlanScope scope,
      boolean draft) {
    List<Finding> own = findings.stream().filter(f -> table.key().equals(f.tableKey())).toList();
    List<RowView> rows = new ArrayList<>();
    for (TableRow row : table.rows()) {
      boolean editableRow =
          draft && row.role() != RowRole.HEADING && caller.canChangeArea(scope, row.area());
      List<CellView> cells = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        TableColumn column = table.columns().get(c);
        Cell cell = row.cell(c);
        FindingView finding =
            own.stream()
                .filter(f -> row.key().equals(f.rowKey()) && column.key().equals(f.columnKey()))
                .map(FindingView::of)
                .findFirst()
                .orElse(null);
        cells.add(new CellView(column.key(), text(cell), cell.shown(' '), finding, editableRow));
      }
      rows.add(
          new RowView(
              row.key(),
              row.parent() == null ? row.label() : row.parent() + " – " + row.label(),
              row.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              cells));
    }
    List<FindingView> tableFindings =
        own.stream()
            .filter(f -> f.rowKey() == null || f.columnKey() == null)
            .map(FindingView::of)
            .toList();
    return new TableView(
        table.key(),
        table.title(),
        table.unit(),
        table.unitPrinted(),
        state.lockVersion(),
        state.changedBy(),
        state.changeSummary(),
        table.columns().stream().map(TableColumn::label).toList(),
        table.columns().stream().map(TableColumn::key).toList(),
        rows,
        table.footnotes(),
        own.stream().map(FindingView::of).toList(),
        tableFindings,
        table.relations().stream().map(r -> RelationWords.of(r, table, tables)).toList());
  }

  private static String number(BigDecimal value) {
    return value == null ? null : SwedishNumbers.format(value);
  }

  private static String text(Cell cell) {
    String figure = cell.shown(' ');
    return cell.note() == null ? figure : (figure + " (" + cell.note() + ")").strip();
  }
}
