package se.styr.followup;

/**
 * An area's gross revenue and gross cost at a follow-up occasion, where the plan budgets them (a
 * gross table, Lerum's production areas): each with its full-year budget, outcome to date and
 * full-year forecast, signed as the plan signs them (Lerum: revenue positive, costs negative). The
 * area's net figures are their sum, as the plan's result column says; a figure not given is null.
 */
public record GrossEconomy(Figures revenue, Figures cost) {

  /** Budget, outcome to date and forecast of revenue or of cost. */
  public record Figures(
      java.math.BigDecimal budget,
      java.math.BigDecimal outcomeToDate,
      java.math.BigDecimal forecast) {
    public static final Figures NONE = new Figures(null, null, null);

    public Figures {
      budget = Amounts.plain(budget);
      outcomeToDate = Amounts.plain(outcomeToDate);
      forecast = Amounts.plain(forecast);
    }

    public boolean isEmpty() {
      return budget == null && outcomeToDate == null && forecast == null;
    }

    /** These figures with the budget given where none is. */
    public Figures withBudget(java.math.BigDecimal planned) {
      return budget != null || planned == null
          ? this
          : new Figures(planned, outcomeToDate, forecast);
    }
  }

  public static final GrossEconomy NONE = new GrossEconomy(Figures.NONE, Figures.NONE);

  public GrossEconomy {
    revenue = revenue == null ? Figures.NONE : revenue;
    cost = cost == null ? Figures.NONE : cost;
  }

  public boolean isEmpty() {
    return revenue.isEmpty() && cost.isEmpty();
  }
}
