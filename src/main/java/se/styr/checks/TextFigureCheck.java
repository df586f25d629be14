package se.styr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.styr.budget.Formula;
import se.styr.budget.TextFigure;
import se.styr.shared.Unit;

/** Holds the figures a plan states in its text to the table cells they restate. */
final class TextFigureCheck {
  private TextFigureCheck() {}

  /**
   * Compares each text figure with its cells. A figure that differs from its cell by a factor of a
   * thousand is left to the unit check of that table (named in {@code tablesWithUnitFindings}).
   */
  static void check(
      List<TextFigure> figures,
      PlanTables plan,
      Set<String> tablesWithUnitFindings,
      List<Finding> findings) {
    for (TextFigure figure : figures) {
      Unit unit = Unit.parse(figure.unit()).orElse(Unit.NUMBER);
      BigDecimal computed = BigDecimal.ZERO;
      List<BigDecimal> terms = new ArrayList<>();
      boolean complete = true;
      boolean unitSuspect = false;
      for (Formula.Term term : figure.equals().terms()) {
        Optional<BigDecimal> value = plan.value(term, unit);
        if (value.isEmpty()) {
          complete = false;
          break;
        }
        unitSuspect |= tablesWithUnitFindings.contains(term.reference().get(0));
        BigDecimal signed = term.negative() ? value.get().negate() : value.get();
        computed = computed.add(signed);
        terms.add(signed);
      }
      if (!complete) {
        continue;
      }
      if (unitSuspect && UnitPlausibility.thousandsBetween(figure.value(), computed).isPresent()) {
        continue;
      }
      BigDecimal sum = computed;
      Comparison.compare(figure.value(), computed, terms)
          .ifPresent(
              kind ->
                  findings.add(
                      new Finding(
                          null,
                          "text",
                          "Text",
                          figure.key(),
                          figure.text(),
                          null,
                          figure.unit(),
                          figure.value(),
                          sum,
                          null,
                          null,
                          kind,
                          "the text states "
                              + figure.value().toPlainString()
                              + " "
                              + figure.unit()
                              + " but the tables give "
                              + sum.toPlainString()
                              + " ("
                              + figure.equals()
                              + ")")));
    }
  }
}
