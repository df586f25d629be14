package se.styr.followup.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import se.styr.followup.AreaEconomy;
import se.styr.followup.EconomyLine;
import se.styr.followup.GrossEconomy;
import se.styr.followup.OccasionEconomy;
import se.styr.shared.Text;

/**
 * The gross revenue and cost of an occasion's areas beside their net figures, where the plan
 * budgets them or the report gives them, with the total; and what does not add up: an area's net
 * budget, outcome to date or forecast that is not its revenue and cost as the plan's result column
 * relates them, found by the plan checker and placed at the cell (a blank part is never a zero, so
 * a relation with one is not checked).
 */
public record OccasionGross(List<Line> lines, Line total, List<Finding> findings) {

  /** One area's gross figures and its net ones (the economy's), as printed in a gross table. */
  public record Line(
      String area,
      String name,
      GrossEconomy.Figures revenue,
      GrossEconomy.Figures cost,
      BigDecimal netBudget,
      BigDecimal netToDate,
      BigDecimal netForecast) {}

  public static final OccasionGross NONE = new OccasionGross(List.of(), null, List.of());

  /** The column keys of the checked table, as findings name them. */
  public static final List<String> COLUMNS =
      List.of(
          "revenue-budget",
          "cost-budget",
          "net-budget",
          "revenue-to-date",
          "cost-to-date",
          "net-to-date",
          "revenue-forecast",
          "cost-forecast",
          "net-forecast");

  public OccasionGross {
    lines = List.copyOf(lines);
    findings = List.copyOf(findings);
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The findings at {@code area}'s line. */
  public List<Finding> at(String area) {
    return findings.stream().filter(f -> area.equals(f.rowKey())).toList();
  }

  public static OccasionGross of(
      FollowUpReport report, OccasionEconomy economy, GrossBudgets budgets, String planName) {
    Map<String, AreaEconomy> entries = new java.util.HashMap<>();
    report.economy().forEach(a -> entries.putIfAbsent(a.area(), a));
    List<Line> lines = new ArrayList<>();
    for (EconomyLine line : economy.lines()) {
      AreaEconomy entry = entries.get(line.area());
      GrossEconomy gross = entry == null ? GrossEconomy.NONE : entry.gross();
      GrossEconomy.Figures revenue = gross.revenue().withBudget(budgets.revenue().get(line.area()));
      GrossEconomy.Figures cost = gross.cost().withBudget(budgets.cost().get(line.area()));
      if (revenue.isEmpty() && cost.isEmpty()) {
        continue;
      }
      lines.add(
          new Line(
              line.area(),
              line.name(),
              revenue,
              cost,
              line.budget(),
              line.outcomeToDate(),
              line.forecast()));
    }
    if (lines.isEmpty()) {
      return NONE;
    }
    Line total =
        new Line(
            null,
            null,
            new GrossEconomy.Figures(
                sum(lines, l -> l.revenue().budget()),
                sum(lines, l -> l.revenue().outcomeToDate()),
                sum(lines, l -> l.revenue().forecast())),
            new GrossEconomy.Figures(
                sum(lines, l -> l.cost().budget()),
                sum(lines, l -> l.cost().outcomeToDate()),
                sum(lines, l -> l.cost().forecast())),
            sum(lines, Line::netBudget),
            sum(lines, Line::netToDate),
            sum(lines, Line::netForecast));
    // the plan's own budgets are checked with the plan (its rounding differences are its
    // findings); an occasion answers for the budgets it gives and for every figure reported at it
    java.util.Set<String> ownBudgets = new java.util.HashSet<>();
    for (AreaEconomy entry : report.economy()) {
      if (entry.budget() != null
          || entry.gross().revenue().budget() != null
          || entry.gross().cost().budget() != null) {
        ownBudgets.add(entry.area());
      }
    }
    BudgetTable table = table(report, lines, budgets, economy);
    List<Finding> findings =
        Checker.arithmetic(table, planName).stream()
            .filter(f -> !f.columnKey().equals("net-budget") || ownBudgets.contains(f.rowKey()))
            .toList();
    return new OccasionGross(lines, total, findings);
  }

  /** The lines as a table of the plan's kind, the net columns stating the plan's formula. */
  private static BudgetTable table(
      FollowUpReport report, List<Line> lines, GrossBudgets budgets, OccasionEconomy economy) {
    List<TableColumn> columns = new ArrayList<>();
    for (String figure : List.of("budget", "to-date", "forecast")) {
      String words = Text.of("followup.gross.col." + figure).swedish();
      columns.add(column("revenue-" + figure, Text.of("followup.gross.revenue", words), null));
      columns.add(column("cost-" + figure, Text.of("followup.gross.cost", words), null));
      columns.add(
          column(
              "net-" + figure,
              Text.of("followup.gross.net", words),
              Formula.parse(
                  (budgets.revenueNegated() ? "- " : "")
                      + "revenue-"
                      + figure
                      + (budgets.costNegated() ? " - " : " + ")
                      + "cost-"
                      + figure)));
    }
    List<TableRow> rows = new ArrayList<>();
    for (Line line : lines) {
      List<Cell> cells = new ArrayList<>();
      for (var figures :
          List.of(
              java.util.Arrays.asList(
                  line.revenue().budget(), line.cost().budget(), line.netBudget()),
              java.util.Arrays.asList(
                  line.revenue().outcomeToDate(), line.cost().outcomeToDate(), line.netToDate()),
              java.util.Arrays.asList(
                  line.revenue().forecast(), line.cost().forecast(), line.netForecast()))) {
        figures.forEach(v -> cells.add(Cell.of(v)));
      }
      rows.add(
          new TableRow(
              line.area(),
              line.name(),
              RowRole.ITEM,
              line.area(),
              null,
              null,
              null,
              null,
              null,
              null,
              cells));
    }
    return new BudgetTable(
        "gross-" + report.occasion().key(),
        TableKind.GROSS_RESULT,
        Text.of("followup.gross.title", report.occasion().title()).swedish(),
        report.unit(),
        true,
        columns,
        rows,
        List.of(),
        false,
        null);
  }

  private static TableColumn column(String key, Text label, Formula formula) {
    return new TableColumn(key, label.swedish(), ColumnType.AMOUNT, null, null, null, formula);
  }

  private static BigDecimal sum(List<Line> lines, Function<Line, BigDecimal> figure) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Line line : lines) {
      BigDecimal value = figure.apply(line);
      if (value == null) {
        return null;
      }
      sum = sum.add(value);
    }
    return sum;
  }
}
