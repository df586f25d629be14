package se.styr.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure the plan states in running text ("Nämndens budgetram uppgår till 1 325 mkr") together
 * with the table cells it restates, so the checker can hold text and tables to each other.
 */
public record TextFigure(String key, String text, BigDecimal value, String unit, Formula equals) {
  public TextFigure {
    Objects.requireNonNull(key, "figure key");
    Objects.requireNonNull(text, "figure text");
    Objects.requireNonNull(value, "figure value");
    Objects.requireNonNull(unit, "figure unit");
    Objects.requireNonNull(equals, "the cells the figure restates");
  }
}
