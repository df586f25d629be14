package se.styr.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.styr.shared.RuleProblem;
import se.styr.shared.Text;
import se.styr.shared.Unit;
import se.styr.shared.yaml.Where;
import se.styr.version.PlanPeriod;

/**
 * The rules a plan's tables must keep beyond their structure: units fit the table kind, column
 * years lie within the plan, rows name known areas and no area twice, groups name subtotal rows,
 * facts of one table kind stay in that kind, and every reference in a formula resolves. One
 * implementation serves the plan file reader, the pages and the REST API.
 */
public final class TableRules {
  private static final Text FIGURE = Text.of("budget.file.textFigure");

  private TableRules() {}

  /**
   * Every rule problem of a plan's tables: each table against the plan, every table printed again
   * defined somewhere, and every text figure's unit and references.
   */
  public static List<RuleProblem> check(
      List<BudgetTable> tables,
      Set<String> reprinted,
      List<TextFigure> textFigures,
      PlanPeriod period,
      Set<String> areaKeys) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, BudgetTable> byKey = tablesByKey(tables);
    for (BudgetTable table : tables) {
      problems.addAll(checkTable(table, period, areaKeys, byKey));
    }
    for (String key : reprinted) {
      if (!byKey.containsKey(key)) {
        problems.add(RuleProblem.ofTable(key, null, Text.of("budget.rule.reprintedUndefined")));
      }
    }
    for (TextFigure figure : textFigures) {
      problems.addAll(TableLengths.check(figure));
      if (Unit.parse(figure.unit()).isEmpty()) {
        problems.add(
            new RuleProblem(
                null,
                null,
                null,
                "textFigures/" + figure.key() + "/unit",
                Text.of(
                    "budget.rule.figureUnit", Where.item(FIGURE, figure.key()), figure.unit())));
      }
      for (Formula.Term term : figure.equals().terms()) {
        cellReference(term.reference(), byKey)
            .ifPresent(
                message ->
                    problems.add(
                        new RuleProblem(
                            null,
                            null,
                            null,
                            "textFigures/" + figure.key() + "/equals",
                            Where.at(Where.item(FIGURE, figure.key()), message))));
      }
    }
    return problems;
  }

  /** The rule problems of the savings measures: each names an area the plan has. */
  public static List<RuleProblem> checkSavings(SavingsMeasures savings, Set<String> areaKeys) {
    List<RuleProblem> problems = new ArrayList<>();
    savings
        .measures()
        .forEach(
            m ->
                RuleProblem.unknownArea(
                        m.area(),
                        areaKeys,
                        "savingsMeasures/" + m.key() + "/area",
                        Where.item(Text.of("budget.file.savingsMeasure"), m.key()))
                    .ifPresent(problems::add));
    return problems;
  }

  /** The rule problems of one table, against the plan it belongs to. */
  public static List<RuleProblem> checkTable(
      BudgetTable table, PlanPeriod period, Set<String> areaKeys, Map<String, BudgetTable> tables) {
    List<RuleProblem> problems = new ArrayList<>(TableLengths.check(table));
    String key = table.key();
    for (CellRelation relation :
        table.relations().stream().flatMap(r -> r.cells(table).stream()).toList()) {
      List<CellRelation.Ref> refs = new ArrayList<>();
      refs.add(relation.stated());
      relation.parts().forEach(p -> refs.add(p.ref()));
      for (CellRelation.Ref ref : refs) {
        BudgetTable source = ref.table() == null ? table : tables.get(ref.table());
        boolean known =
            source != null
                && source.rowIndex(ref.row()).isPresent()
                && source.columnIndex(ref.column()).isPresent();
        if (!known) {
          problems.add(
              RuleProblem.ofTable(
                  key, "relations", Text.of("budget.relation.unknownCell", ref, relation)));
        }
      }
    }
    Optional<Unit> unit = Unit.parse(table.unit());
    if (unit.isEmpty()) {
      problems.add(
          RuleProblem.ofTable(key, "unit", Text.of("budget.rule.unknownTableUnit", table.unit())));
    } else if (table.kind().isMoney() && !unit.get().isMoney()) {
      problems.add(
          RuleProblem.ofTable(
              key,
              "unit",
              Text.of("budget.rule.moneyUnit", table.kind().fileName(), table.unit())));
    }
    for (TableColumn column : table.columns()) {
      if (column.year() != null
          && table.kind().yearsWithinPlan()
          && !period.contains(column.year())) {
        problems.add(
            new RuleProblem(
                key,
                null,
                column.key(),
                "year",
                Text.of("budget.rule.yearOutside", column.year(), period.describe())));
      }
      if (column.unit() != null && Unit.parse(column.unit()).isEmpty()) {
        problems.add(
            new RuleProblem(
                key,
                null,
                column.key(),
                "unit",
                Text.of("budget.rule.unknownUnit", column.unit())));
      }
      if (column.formula() != null) {
        for (Formula.Term term : column.formula().terms()) {
          if (term.reference().size() != 1
              || table.columnIndex(term.reference().get(0)).isEmpty()) {
            problems.add(
                new RuleProblem(
                    key,
                    null,
                    column.key(),
                    "formula",
                    Text.of("budget.rule.notColumn", term.referenceText())));
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
        problems.add(RuleProblem.ofTable(key, "distributes", Text.of("budget.rule.distributes")));
      }
      for (Formula.Term term : table.distributes().terms()) {
        cellReference(term.reference(), tables)
            .ifPresent(m -> problems.add(RuleProblem.ofTable(key, "distributes", m)));
      }
    }
    return problems;
  }

  private static void checkRow(
      BudgetTable table,
      TableRow row,
      Set<String> areaKeys,
      Map<String, String> areaRows,
      Map<String, BudgetTable> tables,
      List<RuleProblem> problems) {
    String key = table.key();
    if (row.area() != null) {
      if (!areaKeys.contains(row.area())) {
        problems.add(
            new RuleProblem(
                key, row.key(), null, "area", Text.of("budget.rule.unknownArea", row.area())));
      }
      String first = areaRows.putIfAbsent(row.area(), row.key());
      if (first != null) {
        problems.add(
            new RuleProblem(
                key, row.key(), null, "area", Text.of("budget.rule.areaTwice", row.area(), first)));
      }
    }
    if (row.group() != null
        && table.row(row.group()).filter(r -> r.role() == RowRole.SUBTOTAL).isEmpty()) {
      problems.add(
          new RuleProblem(
              key, row.key(), null, "group", Text.of("budget.rule.group", row.group())));
    }
    if (row.frameChange() != null && table.kind() != TableKind.FRAME_CHANGES) {
      problems.add(
          new RuleProblem(key, row.key(), null, "category", Text.of("budget.rule.category")));
    }
    if (row.investment() != null && table.kind() != TableKind.INVESTMENT_BUDGET) {
      problems.add(
          new RuleProblem(key, row.key(), null, "investment", Text.of("budget.rule.investment")));
    }
    if (table.kind() == TableKind.REALLOCATIONS
        && row.role() == RowRole.ITEM
        && row.reallocation() == null) {
      problems.add(
          new RuleProblem(key, row.key(), null, "from", Text.of("budget.rule.reallocationAreas")));
    }
    if (row.reallocation() != null) {
      if (table.kind() != TableKind.REALLOCATIONS) {
        problems.add(new RuleProblem(key, row.key(), null, "from", Text.of("budget.rule.from")));
      }
      for (String area : List.of(row.reallocation().fromArea(), row.reallocation().toArea())) {
        if (!areaKeys.contains(area)) {
          String field = area.equals(row.reallocation().fromArea()) ? "from" : "to";
          problems.add(
              new RuleProblem(
                  key, row.key(), null, field, Text.of("budget.rule.unknownArea", area)));
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

  private static Optional<Text> rowReference(
      List<String> ref, BudgetTable own, Map<String, BudgetTable> tables) {
    String text = String.join(".", ref);
    if (ref.size() == 1) {
      return own.row(ref.get(0)).isPresent()
          ? Optional.empty()
          : Optional.of(Text.of("budget.rule.notRow", text));
    }
    if (ref.size() > 2) {
      return Optional.of(Text.of("budget.rule.rowReference", text));
    }
    return cellReference(ref, tables);
  }

  private static Optional<Text> cellReference(List<String> ref, Map<String, BudgetTable> tables) {
    String text = String.join(".", ref);
    if (ref.size() < 2) {
      return Optional.of(Text.of("budget.rule.cellReference", text));
    }
    BudgetTable table = tables.get(ref.get(0));
    if (table == null) {
      return Optional.of(Text.of("budget.rule.noTable", text, ref.get(0)));
    }
    if (table.row(ref.get(1)).isEmpty()) {
      return Optional.of(Text.of("budget.rule.noRow", text, ref.get(1), ref.get(0)));
    }
    if (ref.size() == 3 && table.columnIndex(ref.get(2)).isEmpty()) {
      return Optional.of(Text.of("budget.rule.noColumn", text, ref.get(2), ref.get(0)));
    }
    return Optional.empty();
  }

  private static Map<String, BudgetTable> tablesByKey(List<BudgetTable> tables) {
    Map<String, BudgetTable> byKey = new HashMap<>();
    tables.forEach(t -> byKey.put(t.key(), t));
    return byKey;
  }
}
