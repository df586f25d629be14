package se.styr.plan;

import java.util.ArrayList;
import java.util.List;
import se.styr.budget.BudgetTable;
import se.styr.shared.RuleProblem;
import se.styr.shared.Text;

/**
 * How large a plan may be: far more than any committee's plan holds (the largest seed plan has 9
 * tables, 16 rows in its largest table, 280 figures and 57,000 characters of text), and small
 * enough that it is stored, checked and printed in seconds with bounded memory. A plan beyond a
 * limit is refused with a problem naming the limit and where it was passed, before any other rule
 * is checked.
 */
public final class PlanSize {
  public static final int MOST_TABLES = 200;
  public static final int MOST_ROWS_PER_TABLE = 1_000;
  public static final int MOST_COLUMNS_PER_TABLE = 60;
  public static final int MOST_FIGURES = 20_000;
  public static final int MOST_TEXT_CHARACTERS = 2_000_000;

  private PlanSize() {}

  /** Every limit the plan passes; empty for a plan within all of them. */
  public static List<RuleProblem> check(PlanDocument plan) {
    List<RuleProblem> problems = new ArrayList<>();
    List<BudgetTable> tables = plan.tables();
    if (tables.size() > MOST_TABLES) {
      problems.add(
          RuleProblem.ofTable(
              tables.get(MOST_TABLES).key(),
              null,
              Text.of("plan.size.tables", tables.size(), MOST_TABLES)));
    }
    long figures = 0;
    for (BudgetTable table : tables) {
      if (table.rows().size() > MOST_ROWS_PER_TABLE) {
        problems.add(
            new RuleProblem(
                table.key(),
                table.rows().get(MOST_ROWS_PER_TABLE).key(),
                null,
                null,
                Text.of("plan.size.rows", table.rows().size(), MOST_ROWS_PER_TABLE)));
      }
      if (table.columns().size() > MOST_COLUMNS_PER_TABLE) {
        problems.add(
            RuleProblem.ofTable(
                table.key(),
                null,
                Text.of("plan.size.columns", table.columns().size(), MOST_COLUMNS_PER_TABLE)));
      }
      figures += (long) table.rows().size() * table.columns().size();
    }
    if (figures > MOST_FIGURES) {
      problems.add(
          new RuleProblem(
              null, null, null, null, Text.of("plan.size.figures", figures, MOST_FIGURES)));
    }
    long text = 0;
    for (Block block : plan.content()) {
      if (block instanceof Block.Text section) {
        text += section.section().text().length();
      }
    }
    if (text > MOST_TEXT_CHARACTERS) {
      problems.add(
          new RuleProblem(
              null, null, null, null, Text.of("plan.size.text", text, MOST_TEXT_CHARACTERS)));
    }
    return problems;
  }
}
