package se.styr.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;

class TablePrintTest {
  private static TableRow row(String key, String label, RowRole role, String parent, String value) {
    return new TableRow(
        key,
        label,
        role,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(Cell.of(value)),
        parent);
  }

  @Test
  void printsATwoLevelLabelsFirstLevelOnceAsAHeadingAboveItsIndentedRows() {
    BudgetTable table =
        new BudgetTable(
            "drift",
            TableKind.OPERATING_SUMMARY,
            "Driftbudget per nämnd",
            "tkr",
            true,
            List.of(TableColumn.of("b2025", "Budget 2025", se.styr.budget.ColumnType.BUDGET, 2025)),
            List.of(
                row("a", "Hemtjänst", RowRole.ITEM, "Omsorgsnämnden", "200"),
                row("b", "Särskilt boende", RowRole.ITEM, "Omsorgsnämnden", "100"),
                row("c", "Grundskola", RowRole.ITEM, "Barn- och utbildningsnämnden", "50"),
                row("s", "Summa", RowRole.TOTAL, null, "350")),
            List.of(),
            false,
            null);
    PrintedTable printed = TablePrint.of(table, "drift");
    assertThat(printed.rows())
        .extracting(r -> r.cells().get(0), PrintedTable.Row::kind, PrintedTable.Row::indent)
        .containsExactly(
            Tuple.tuple("Omsorgsnämnden", PrintedTable.RowKind.GROUP, 0),
            Tuple.tuple("Hemtjänst", PrintedTable.RowKind.ITEM, 1),
            Tuple.tuple("Särskilt boende", PrintedTable.RowKind.ITEM, 1),
            Tuple.tuple("Barn- och utbildningsnämnden", PrintedTable.RowKind.GROUP, 0),
            Tuple.tuple("Grundskola", PrintedTable.RowKind.ITEM, 1),
            Tuple.tuple("Summa", PrintedTable.RowKind.TOTAL, 0));
    assertThat(printed.rows().get(0).cells()).containsExactly("Omsorgsnämnden", "");
  }
}
