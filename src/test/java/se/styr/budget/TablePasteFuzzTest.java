package se.styr.budget;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.List;
import se.styr.shared.file.BadFileException;

/**
 * Whatever text is pasted into a table, the reader gives the table with its figures or refuses it
 * with a BadFileException naming each problem, never anything else, and never changes the table's
 * shape. Runs its seed corpus with every test run; fuzz with {@code JAZZER_FUZZ=1 ./mvnw test
 * -Dtest=TablePasteFuzzTest}.
 */
class TablePasteFuzzTest {
  private static final BudgetTable TABLE =
      new BudgetTable(
          "t",
          TableKind.OPERATING_SUMMARY,
          "T",
          "tkr",
          true,
          List.of(
              TableColumn.of("b2024", "Budget 2024", ColumnType.BUDGET, 2024),
              TableColumn.of("p2025", "Plan 2025", ColumnType.PLAN, 2025)),
          List.of(
              new TableRow(
                  "a",
                  "Hemtjänst",
                  RowRole.ITEM,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(new Cell(BigDecimal.ONE, "ca"), Cell.BLANK)),
              new TableRow(
                  "b",
                  "Myndighet",
                  RowRole.ITEM,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(Cell.BLANK, Cell.BLANK))),
          List.of(),
          true,
          null);

  @FuzzTest(maxDuration = "30s")
  void readsAnyPasteOrNamesItsProblems(String pasted) {
    try {
      BudgetTable read = TablePaste.read(pasted, "fuzz", TABLE).table();
      if (read.rows().size() != 2 || read.columns().size() != 2) {
        throw new AssertionError("a paste changed the table's shape");
      }
    } catch (BadFileException expected) {
      if (expected.problems().isEmpty()) {
        throw new AssertionError("a refused paste must name its problems");
      }
    }
  }
}
