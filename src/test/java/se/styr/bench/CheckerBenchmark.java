package se.styr.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.ColumnType;
import se.styr.budget.Formula;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.checks.Checker;
import se.styr.checks.Finding;

/**
 * Target: checking a synthetic plan of 2 000 areas × 10 columns plus 5 000 investment rows takes
 * under 20 ms. The operating summary has 100 subtotal groups of 20 areas, a total, and a change
 * column derived by formula; one figure in a hundred is off by one so the checker has findings to
 * write, as it has in real plans.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class CheckerBenchmark {
  static final int AREAS = 2_000;
  static final int GROUPS = 100;
  static final int COLUMNS = 10;
  static final int INVESTMENTS = 5_000;

  List<BudgetTable> plan;

  @Setup
  public void buildPlan() {
    plan = List.of(operatingSummary(), investments());
  }

  static BudgetTable operatingSummary() {
    List<TableColumn> columns = new ArrayList<>();
    for (int c = 0; c < COLUMNS - 1; c++) {
      columns.add(
          TableColumn.of("b" + (2020 + c), "Budget " + (2020 + c), ColumnType.BUDGET, 2020 + c));
    }
    columns.add(
        new TableColumn(
            "change",
            "Förändring",
            ColumnType.CHANGE,
            null,
            null,
            null,
            Formula.parse("b2028 - b2027")));
    List<TableRow> rows = new ArrayList<>();
    long[] total = new long[COLUMNS];
    for (int g = 0; g < GROUPS; g++) {
      long[] group = new long[COLUMNS];
      for (int a = 0; a < AREAS / GROUPS; a++) {
        int area = g * (AREAS / GROUPS) + a;
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < COLUMNS - 1; c++) {
          long value = 10_000 + area * 7L + c * 13L;
          group[c] += value;
          cells.add(Cell.of(BigDecimal.valueOf(value)));
        }
        long change = (10_000 + area * 7L + 8 * 13L) - (10_000 + area * 7L + 7 * 13L);
        group[COLUMNS - 1] += change;
        cells.add(Cell.of(BigDecimal.valueOf(area % 100 == 0 ? change + 1 : change)));
        rows.add(
            new TableRow(
                "a" + area,
                "Område " + area,
                RowRole.ITEM,
                null,
                "g" + g,
                null,
                null,
                null,
                null,
                null,
                cells));
      }
      List<Cell> subtotal = new ArrayList<>();
      for (int c = 0; c < COLUMNS; c++) {
        total[c] += group[c];
        subtotal.add(Cell.of(BigDecimal.valueOf(group[c])));
      }
      rows.add(
          new TableRow(
              "g" + g,
              "Summa grupp " + g,
              RowRole.SUBTOTAL,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              subtotal));
    }
    List<Cell> totals = new ArrayList<>();
    for (int c = 0; c < COLUMNS; c++) {
      totals.add(Cell.of(BigDecimal.valueOf(total[c] + (c == 3 ? 1 : 0))));
    }
    rows.add(
        new TableRow(
            "summa", "Summa", RowRole.TOTAL, null, null, null, null, null, null, null, totals));
    return new BudgetTable(
        "drift",
        TableKind.OPERATING_SUMMARY,
        "Driftsammandrag",
        "tkr",
        true,
        columns,
        rows,
        List.of(),
        true,
        null);
  }

  static BudgetTable investments() {
    List<TableColumn> columns = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      columns.add(
          TableColumn.of("y" + (2024 + c), String.valueOf(2024 + c), ColumnType.BUDGET, 2024 + c));
    }
    List<TableRow> rows = new ArrayList<>();
    BigDecimal[] total = new BigDecimal[5];
    java.util.Arrays.fill(total, BigDecimal.ZERO);
    for (int p = 0; p < INVESTMENTS; p++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < 5; c++) {
        BigDecimal value = BigDecimal.valueOf(p % 50 + c, 1);
        total[c] = total[c].add(value);
        cells.add(Cell.of(value));
      }
      rows.add(
          new TableRow(
              "p" + p,
              "Projekt " + p,
              RowRole.ITEM,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              cells));
    }
    List<Cell> totals = new ArrayList<>();
    for (BigDecimal t : total) {
      totals.add(Cell.of(t));
    }
    rows.add(
        new TableRow(
            "summa", "Summa", RowRole.TOTAL, null, null, null, null, null, null, null, totals));
    return new BudgetTable(
        "investeringar",
        TableKind.INVESTMENT_BUDGET,
        "Investeringar",
        "mkr",
        true,
        columns,
        rows,
        List.of(),
        true,
        null);
  }

  @Benchmark
  public List<Finding> checkLargePlan() {
    return Checker.check(plan, List.of(), "synthetic");
  }
}
