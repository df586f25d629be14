package se.styr.followup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One investment project's economy at a follow-up occasion: the full-year budget (from the plan's
 * investment budget, or as adjusted during the year), the outcome to date, the full-year forecast
 * and a comment. Investment spending is given as positive amounts; a figure nobody has given is
 * null: blank, never zero.
 */
public record ProjectEconomy(
    String project,
    String name,
    BigDecimal budget,
    BigDecimal outcomeToDate,
    BigDecimal forecast,
    String comment) {

  public ProjectEconomy {
    Objects.requireNonNull(project, "project");
    name = name == null ? project : name;
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    budget = Amounts.plain(budget);
    outcomeToDate = Amounts.plain(outcomeToDate);
    forecast = Amounts.plain(forecast);
  }

  /** A project with its budget and nothing reported yet. */
  public static ProjectEconomy budgeted(String project, String name, BigDecimal budget) {
    return new ProjectEconomy(project, name, budget, null, null, null);
  }

  /** The same entry named and budgeted as the plan has it. */
  public ProjectEconomy named(String newName, BigDecimal newBudget) {
    return new ProjectEconomy(project, newName, newBudget, outcomeToDate, forecast, comment);
  }
}
