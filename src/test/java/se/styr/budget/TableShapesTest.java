package se.styr.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

/** A table's rows and columns changed: figures stay with their row and column. */
class TableShapesTest {
  private static TableRow row(String key, String label, RowRole role, String... values) {
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
        java.util.Arrays.stream(values)
            .map(v -> v == null ? Cell.BLANK : new Cell(new BigDecimal(v), null))
            .toList());
  }

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
              row("a", "A", RowRole.ITEM, "1", "2"),
              row("b", "B", RowRole.ITEM, "3", "4"),
              row("summa", "Summa", RowRole.TOTAL, "4", "6")),
          List.of(),
          true,
          null);

  @Test
  void aNewRowIsBlankAndGoesBeforeTheTotal() {
    BudgetTable t = TableShapes.addRow(TABLE, "Ny verksamhet", RowRole.ITEM, null);
    assertThat(t.rows())
        .extracting(TableRow::key)
        .containsExactly("a", "b", "ny-verksamhet", "summa");
    assertThat(t.rows().get(2).cells()).allSatisfy(c -> assertThat(c.isBlank()).isTrue());
    assertThat(TableShapes.addRow(t, "Ny verksamhet", RowRole.ITEM, null).rows())
        .extracting(TableRow::key)
        .contains("ny-verksamhet-2");
  }

  @Test
  void figuresStayWithTheirRowAndColumnWhenMovedAddedOrRemoved() {
    BudgetTable moved =
        TableShapes.moveColumn(TableShapes.moveRow(TABLE, "b", true), "p2025", true);
    assertThat(moved.rows().get(0).key()).isEqualTo("b");
    assertThat(moved.columns().get(0).key()).isEqualTo("p2025");
    assertThat(moved.rows().get(0).cell(0).value()).isEqualByComparingTo("4");
    BudgetTable added = TableShapes.addColumn(TABLE, "Plan 2026", ColumnType.PLAN, 2026);
    assertThat(added.rows()).allSatisfy(r -> assertThat(r.cell(2).isBlank()).isTrue());
    BudgetTable removed = TableShapes.removeColumn(added, "b2024");
    assertThat(removed.columns())
        .extracting(TableColumn::key)
        .containsExactly("p2025", "plan-2026");
    assertThat(removed.rows().get(1).cell(0).value()).isEqualByComparingTo("4");
    assertThat(TableShapes.renameRow(TABLE, "a", "Äldreomsorg").rows().get(0).label())
        .isEqualTo("Äldreomsorg");
  }

  @Test
  void aBlankLabelAnUnknownRowAndTheLastColumnAreRefusedByName() {
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () -> TableShapes.addRow(TABLE, " ", RowRole.ITEM, null))
                .text()
                .key())
        .isEqualTo("budget.shape.noLabel");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class, () -> TableShapes.removeRow(TABLE, "x"))
                .text()
                .key())
        .isEqualTo("budget.shape.noRow");
    BudgetTable one = TableShapes.removeColumn(TABLE, "p2025");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class, () -> TableShapes.removeColumn(one, "b2024"))
                .text()
                .key())
        .isEqualTo("budget.shape.lastColumn");
  }
}
