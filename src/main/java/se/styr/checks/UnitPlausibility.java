package se.styr.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.Formula;
import se.styr.budget.InvestmentKind;
import se.styr.budget.RowRole;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.budget.TextFigure;
import se.styr.shared.Unit;

/**
 * Finds tables whose stated unit contradicts the size of their figures, on three kinds of evidence,
 * strongest first:
 *
 * <ol>
 *   <li>the plan's text restates a figure of the table a thousand (or a million) times smaller or
 *       larger ("budgetram 1 325 mkr" against a total of 1 325 246 "Mkr");
 *   <li>a figure, read in the stated unit, exceeds what any Swedish committee handles (more than
 *       100 billion kronor);
 *   <li>reinvestments and yearly investment grants are larger than the committee's whole operating
 *       budget (new investments may well be, for a committee that builds).
 * </ol>
 *
 * A table gets at most one UNIT finding.
 */
final class UnitPlausibility {
  /** No committee of any Swedish municipality turns over 100 billion kronor. */
  static final BigDecimal IMPLAUSIBLE_KRONOR = new BigDecimal("1E11");

  private UnitPlausibility() {}

  /** The UNIT finding of a table on the evidence of the plan's text or of a figure's sheer size. */
  static Optional<Finding> byTextOrSize(BudgetTable table, List<TextFigure> figures) {
    if (!table.kind().isMoney() || table.rows().isEmpty()) {
      return Optional.empty();
    }
    return byTextFigure(table, figures).or(() -> byAbsoluteSize(table));
  }

  /**
   * The steps of a thousand between a text figure and the cell it restates, where that explains
   * their difference.
   */
  static Optional<Integer> thousandsBetween(BigDecimal stated, BigDecimal referenced) {
    for (int steps : new int[] {1, -1, 2, -2}) {
      BigDecimal scaled = referenced.movePointLeft(3 * steps);
      BigDecimal slack =
          Comparison.halfUnit(stated).add(Comparison.halfUnit(referenced).movePointLeft(3 * steps));
      if (stated.signum() != 0 && scaled.subtract(stated).abs().compareTo(slack) <= 0) {
        return Optional.of(steps);
      }
    }
    return Optional.empty();
  }

  private static Optional<Finding> byTextFigure(BudgetTable table, List<TextFigure> figures) {
    for (TextFigure figure : figures) {
      Unit figureUnit = Unit.parse(figure.unit()).orElse(null);
      if (figureUnit == null || !figureUnit.isMoney() || figure.equals().terms().size() != 1) {
        continue;
      }
      Formula.Term term = figure.equals().terms().get(0);
      List<String> ref = term.reference();
      if (!ref.get(0).equals(table.key()) || ref.size() < 2) {
        continue;
      }
      Optional<Located> cell = locate(table, ref);
      if (cell.isEmpty()) {
        continue;
      }
      Located located = cell.get();
      BigDecimal referenced = table.unitOf(located.column).convert(located.value, figureUnit);
      Optional<Integer> steps = thousandsBetween(figure.value(), referenced);
      if (steps.isPresent()) {
        Unit actual = table.parsedUnit().shifted(-steps.get()).orElse(null);
        if (actual != null) {
          return Optional.of(
              unitFinding(
                  table,
                  located.row,
                  located.column,
                  actual,
                  "the text says \""
                      + figure.text()
                      + "\", which is this figure read as "
                      + actual.label()
                      + ", not "
                      + table.unit()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Finding> byAbsoluteSize(BudgetTable table) {
    Located largest = largest(table);
    if (largest == null) {
      return Optional.empty();
    }
    Unit unit = table.unitOf(largest.column);
    BigDecimal kronor = unit.toKronor(largest.value.abs());
    if (kronor.compareTo(IMPLAUSIBLE_KRONOR) <= 0) {
      return Optional.empty();
    }
    Unit actual = unit;
    while (actual.toKronor(largest.value.abs()).compareTo(IMPLAUSIBLE_KRONOR) > 0
        && actual.shifted(-1).isPresent()) {
      actual = actual.shifted(-1).get();
    }
    return Optional.of(
        unitFinding(
            table,
            largest.row,
            largest.column,
            actual,
            "read as "
                + table.unit()
                + " the figure is "
                + kronor.toPlainString()
                + " kronor, more than any committee handles; as "
                + actual.label()
                + " it is plausible"));
  }

  /** The UNIT finding of reinvestments and yearly grants larger than the whole operating budget. */
  static Optional<Finding> byInvestmentSize(BudgetTable table, BigDecimal operatingKronor) {
    if (table.kind() != TableKind.INVESTMENT_BUDGET
        || operatingKronor == null
        || operatingKronor.signum() == 0
        || !onlyRecurringInvestments(table)) {
      return Optional.empty();
    }
    Located largest = largest(table);
    if (largest == null) {
      return Optional.empty();
    }
    Unit unit = table.unitOf(largest.column);
    if (unit.toKronor(largest.value.abs()).compareTo(operatingKronor) <= 0) {
      return Optional.empty();
    }
    Unit actual = unit;
    while (actual.toKronor(largest.value.abs()).compareTo(operatingKronor) > 0
        && actual.shifted(-1).isPresent()) {
      actual = actual.shifted(-1).get();
    }
    return Optional.of(
        unitFinding(
            table,
            largest.row,
            largest.column,
            actual,
            "read as "
                + table.unit()
                + " the investments exceed the committee's whole operating budget of "
                + operatingKronor.toPlainString()
                + " kronor; as "
                + actual.label()
                + " they are plausible"));
  }

  /** Every item is a reinvestment or a yearly grant: replacement purchases, never a building. */
  private static boolean onlyRecurringInvestments(BudgetTable table) {
    List<TableRow> items = table.rows().stream().filter(r -> r.role() == RowRole.ITEM).toList();
    return !items.isEmpty()
        && items.stream()
            .allMatch(
                r ->
                    r.investment() == InvestmentKind.REINVESTMENT
                        || r.investment() == InvestmentKind.YEARLY_GRANT);
  }

  private static Finding unitFinding(
      BudgetTable table, TableRow row, int column, Unit actual, String explanation) {
    return new Finding(
        null,
        table.key(),
        table.title(),
        row.key(),
        row.label(),
        table.columns().get(column).key(),
        table.columns().get(column).label(),
        null,
        null,
        table.unit(),
        actual.label(),
        FindingKind.UNIT,
        explanation);
  }

  private record Located(TableRow row, int column, BigDecimal value) {}

  private static Optional<Located> locate(BudgetTable table, List<String> ref) {
    Optional<TableRow> row = table.row(ref.get(1));
    int column = ref.size() == 3 ? table.columnIndex(ref.get(2)).orElse(-1) : 0;
    if (row.isEmpty() || column < 0 || column >= table.columns().size()) {
      return Optional.empty();
    }
    Cell cell = row.get().cell(column);
    return cell.isBlank()
        ? Optional.empty()
        : Optional.of(new Located(row.get(), column, cell.value()));
  }

  private static Located largest(BudgetTable table) {
    Located largest = null;
    for (TableRow row : table.rows()) {
      for (int c = 0; c < row.cells().size(); c++) {
        Cell cell = row.cell(c);
        if (!cell.isBlank()
            && table.unitOf(c).isMoney()
            && (largest == null || cell.value().abs().compareTo(largest.value.abs()) > 0)) {
          largest = new Located(row, c, cell.value());
        }
      }
    }
    return largest;
  }
}
