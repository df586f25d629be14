package se.styr.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.shared.file.BadFileException;

/** Figures pasted from Excel or Word (tab-separated) into a table. */
class TablePasteTest {
  private static final BudgetTable TABLE =
      new BudgetTable(
          "drift",
          TableKind.OPERATING_SUMMARY,
          "Driftsammandrag",
          "tkr",
          true,
          List.of(
              TableColumn.of("b2024", "Budget 2024", ColumnType.BUDGET, 2024),
              TableColumn.of("p2025", "Plan 2025", ColumnType.PLAN, 2025)),
          List.of(
              new TableRow(
                  "hemtjanst",
                  "Hemtjänst",
                  RowRole.ITEM,
                  "hemtjanst",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(new Cell(new BigDecimal("100"), null), Cell.BLANK)),
              new TableRow(
                  "myndighet",
                  "Myndighet",
                  RowRole.ITEM,
                  "myndighet",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(new Cell(new BigDecimal("50"), "ca"), Cell.BLANK))),
          List.of(),
          true,
          null);

  private static BigDecimal figure(BudgetTable table, int row, int column) {
    return table.rows().get(row).cell(column).value();
  }

  @Test
  void aPasteWithHeadingsAndRowNamesLandsRightInAnyOrder() {
    TableWorkbookReader.Read read =
        TablePaste.read(
            "\tPlan 2025\tBudget 2024\nmyndighet\t−12\t50\r\nHemtjänst\t1 234,5\t100\n",
            "drift",
            TABLE);
    assertThat(figure(read.table(), 0, 1)).isEqualByComparingTo("1234.5");
    assertThat(figure(read.table(), 1, 1)).isEqualByComparingTo("-12");
    assertThat(read.changes())
        .extracting(TableWorkbookReader.Change::row, TableWorkbookReader.Change::column)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Myndighet", "Plan 2025"),
            org.assertj.core.groups.Tuple.tuple("Hemtjänst", "Plan 2025"));
    assertThat(read.table().rows().get(1).cell(0).note()).as("the note stays").isEqualTo("ca");
  }

  @Test
  void aPasteOfJustTheFiguresFillsTheRowsInOrder() {
    TableWorkbookReader.Read read = TablePaste.read("110\t120\n55\t\n", "drift", TABLE);
    assertThat(figure(read.table(), 0, 0)).isEqualByComparingTo("110");
    assertThat(figure(read.table(), 0, 1)).isEqualByComparingTo("120");
    assertThat(figure(read.table(), 1, 0)).isEqualByComparingTo("55");
    assertThat(figure(read.table(), 1, 1)).isNull();
    assertThat(
            catchThrowableOfType(
                    BadFileException.class, () -> TablePaste.read("110\t120\n", "drift", TABLE))
                .getMessage())
        .contains("1 lines without row names but the table has 2");
  }

  @Test
  void everyWrongLineAndCellIsNamedAndNothingIsRead() {
    BadFileException refused =
        catchThrowableOfType(
            BadFileException.class,
            () ->
                TablePaste.read(
                    "Hemtjänst\ttolv\t1\nHemtjänsten\t1\t2\nMyndighet\t50\t3\n", "drift", TABLE));
    assertThat(refused.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "1:2 line 1, Budget 2024: 'tolv' is not a number",
            "2:1 line 2: 'Hemtjänsten' is no row of the table");
    assertThat(
            catchThrowableOfType(BadFileException.class, () -> TablePaste.read(" \n", "d", TABLE))
                .getMessage())
        .contains("no lines");
  }
}
