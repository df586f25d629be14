package se.styr.budget;

import se.styr.shared.RuleProblem;
import se.styr.version.PlanPeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.styr.shared.Unit;

/**
 * The rules a plan's tables must keep beyond their structure: units fit the table kind, column years
 * lie within the plan, rows name known areas and no area twice, groups name subtotal rows, facts of
 * one table kind stay in that kind, and every reference in a formula resolves. One implementation
 * serves the plan file reader, the pages and the REST API.
 */
public final class TableRules {
  private TableRules() {}

  /**
   * Every rule problem of a plan's tables: each table against the plan, every table printed again
   * defined somewhere, and every text figure's unit and references.
   */
  public static List<RuleProblem> check(List<BudgetTable> tables, Set<String> reprinted, List<TextFigure> textFigures,
      PlanPeriod period, Set<String> areaKeys) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, BudgetTable> byKey = tablesByKey(tables);
    for (BudgetTable table : tables) {
      problems.addAll(checkTable(table, period, areaKeys, byKey));
    }
    for (String key : reprinted) {
      if (!byKey.containsKey(key)) {
        problems.add(RuleProblem.ofTable(key, null, "is printed again but defined nowhere in the plan"));
      }
    }
    for (TextFigure figure : textFigures) {
      if (Unit.parse(figure.unit()).isEmpty()) {
        problems.add(new RuleProblem(null, null, null, "textFigures/" + figure.key() + "/unit",
            "text figure '" + figure.key() + "': unknown unit '" + figure.unit() + "'"));
      }
      for (Formula.Term term : figure.equals().terms()) {
        cellReference(term.reference(), byKey).ifPresent(message -> problems.add(new RuleProblem(null, null, null,
            "textFigures/" + figure.key() + "/equals", "text figure '" + figure.key() + "': " + message)));
      }
    }
    return problems;
  }

  /** The rule problems of the savings measures: each names an area the plan has. */
  public static List<RuleProblem> checkSavings(SavingsMeasures savings, Set<String> areaKeys) {
    List<RuleProblem> problems = new ArrayList<>();
    savings.measures().forEach(m -> RuleProblem.unknownArea(m.area(), areaKeys, "savingsMeasures/" + m.key() + "/area",
        "savings measure '" + m.key() + "'").ifPresent(problems::add));
    return problems;
  }

  /** The rule problems of one table, against the plan it belongs to. */
  public static List<RuleProblem> checkTable(BudgetTable table, PlanPeriod period, Set<String> areaKeys,
      Map<String, BudgetTable> tables) {
    List<RuleProblem> problems = new ArrayList<>();
    String key = table.key();
    Optional<Unit> unit = Unit.parse(table.unit());
    if (unit.isEmpty()) {
      problems.add(RuleProblem.ofTable(key, "unit", "unknown unit '" + table.unit() + "' (use kr, tkr, mkr; antal or % for statistics)"));
    } else if (table.kind().isMoney() && !unit.get().isMoney()) {
      problems.add(RuleProblem.ofTable(key, "unit", "a " + table.kind().fileName()
          + " table holds amounts and needs a money unit (kr, tkr or mkr), not '" + table.unit() + "'"));
    }
    for (TableColumn column : table.columns()) {
      if (column.year() != null && table.kind().yearsWithinPlan() && !period.contains(column.year())) {
        problems.add(new RuleProblem(key, null, column.key(), "year",
            "year " + column.year() + " is outside the plan (" + period.describe() + ")"));
      }
      if (column.unit() != null && Unit.parse(column.unit()).isEmpty()) {
        problems.add(new RuleProblem(key, null, column.key(), "unit", "unknown unit '" + column.unit() + "'"));
      }
      if (column.formula() != null) {
        for (Formula.Term term : column.formula().terms()) {
          if (term.reference().size() != 1 || table.columnIndex(term.reference().get(0)).isEmpty()) {
            problems.add(new RuleProblem(key, null, column.key(), "formula",
                "formula refers to '" + term.referenceText() + "', which is not a column of this table"));
          }
        }
      }
    }
    Map<String, String> areaRows = new HashMap<>();
    for (TableRow row : table.rows()) {
      checkRow(table, row, areaKeys, areaRows, tables, problems);
    }
    if (table.distributes() != null) {
      if (table.kind() != TableKind.FRAME_DISTRIBUTION) {
        problems.add(RuleProblem.ofTable(key, "distributes", "only a frame_distribution table distributes an amount"));
      }
      for (Formula.Term term : table.distributes().terms()) {
        cellReference(term.reference(), tables).ifPresent(m -> problems.add(RuleProblem.ofTable(key, "distributes", m)));
      }
    }
    return problems;
  }

  private static void checkRow(BudgetTable table, TableRow row, Set<String> areaKeys, Map<String, String> areaRows,
      Map<String, BudgetTable> tables, List<RuleProblem> problems) {
    String key = table.key();
    if (row.area() != null) {
      if (!areaKeys.contains(row.area())) {
        problems.add(new RuleProblem(key, row.key(), null, "area", "unknown area '" + row.area() + "' (not among the plan's areas)"));
      }
      String first = areaRows.putIfAbsent(row.area(), row.key());
      if (first != null) {
        problems.add(new RuleProblem(key, row.key(), null, "area", "duplicate row for area '" + row.area() + "' (also row '" + first + "')"));
      }
    }
    if (row.group() != null && table.row(row.group()).filter(r -> r.role() == RowRole.SUBTOTAL).isEmpty()) {
      problems.add(new RuleProblem(key, row.key(), null, "group", "group '" + row.group() + "' is not a subtotal row of this table"));
    }
    if (row.frameChange() != null && table.kind() != TableKind.FRAME_CHANGES) {
      problems.add(new RuleProblem(key, row.key(), null, "category", "field 'category' belongs in frame_changes tables"));
    }
    if (row.investment() != null && table.kind() != TableKind.INVESTMENT_BUDGET) {
      problems.add(new RuleProblem(key, row.key(), null, "investment", "field 'investment' belongs in investment_budget tables"));
    }
    if (table.kind() == TableKind.REALLOCATIONS && row.role() == RowRole.ITEM && row.reallocation() == null) {
      problems.add(new RuleProblem(key, row.key(), null, "from", "a reallocation needs the areas it moves budget from and to"));
    }
    if (row.reallocation() != null) {
      if (table.kind() != TableKind.REALLOCATIONS) {
        problems.add(new RuleProblem(key, row.key(), null, "from", "field 'from' belongs in reallocations tables"));
      }
      for (String area : List.of(row.reallocation().fromArea(), row.reallocation().toArea())) {
        if (!areaKeys.contains(area)) {
          String field = area.equals(row.reallocation().fromArea()) ? "from" : "to";
          problems.add(new RuleProblem(key, row.key(), null, field, "unknown area '" + area + "' (not among the plan's areas)"));
        }
      }
    }
    if (row.formula() != null) {
      for (Formula.Term term : row.formula().terms()) {
        rowReference(term.reference(), table, tables)
            .ifPresent(m -> problems.add(new RuleProblem(key, row.key(), null, "formula", m)));
      }
    }
  }

  private static Optional<String> rowReference(List<String> ref, BudgetTable own, Map<String, BudgetTable> tables) {
    String text = String.join(".", ref);
    if (ref.size() == 1) {
      return own.row(ref.get(0)).isPresent() ? Optional.empty() : Optional.of("'" + text + "' is not a row of this table");
    }
    if (ref.size() > 2) {
      return Optional.of("'" + text + "' must name a row as row or table.row");
    }
    return cellReference(ref, tables);
  }

  private static Optional<String> cellReference(List<String> ref, Map<String, BudgetTable> tables) {
    String text = String.join(".", ref);
    if (ref.size() < 2) {
      return Optional.of("'" + text + "' must name a cell as table.row or table.row.column");
    }
    BudgetTable table = tables.get(ref.get(0));
    if (table == null) {
      return Optional.of("'" + text + "' refers to table '" + ref.get(0) + "', which the plan does not have");
    }
    if (table.row(ref.get(1)).isEmpty()) {
      return Optional.of("'" + text + "' refers to row '" + ref.get(1) + "', which table '" + ref.get(0) + "' does not have");
    }
    if (ref.size() == 3 && table.columnIndex(ref.get(2)).isEmpty()) {
      return Optional.of("'" + text + "' refers to column '" + ref.get(2) + "', which table '" + ref.get(0) + "' does not have");
    }
    return Optional.empty();
  }

  private static Map<String, BudgetTable> tablesByKey(List<BudgetTable> tables) {
    Map<String, BudgetTable> byKey = new HashMap<>();
    tables.forEach(t -> byKey.put(t.key(), t));
    return byKey;
  }
}
