package se.styr.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A change of the year's budget decided after the plan (budgetjustering, omfördelning): resources
 * given to an area ({@code to}), taken from one ({@code from}), or moved from one to another, in
 * the plan's unit as an amount of money (positive: more to spend), with the decision's date and
 * paragraph and its reason. Whichever sign the plan's figures give costs, the change moves the
 * area's budget by that much money.
 */
public record BudgetChange(
    String from, String to, BigDecimal amount, LocalDate decided, String paragraph, String reason) {

  public BudgetChange {
    from = blank(from);
    to = blank(to);
    if (from == null && to == null) {
      throw new InvalidValueException(Text.of("followup.change.noArea"));
    }
    if (from != null && from.equals(to)) {
      throw new InvalidValueException(Text.of("followup.change.sameArea", from));
    }
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() == 0) {
      throw new InvalidValueException(Text.of("followup.change.zero"));
    }
    Objects.requireNonNull(decided, "decided");
    reason = blank(reason);
    if (reason == null) {
      throw new InvalidValueException(Text.of("followup.change.reason"));
    }
    paragraph = blank(paragraph);
    amount = Amounts.plain(amount);
  }

  /**
   * What the change does to {@code area}'s budget figure, signed as the plan signs it: a plan that
   * gives costs as positive figures budgets more money as a larger figure, one that gives net
   * results (costs negative) as a smaller one.
   */
  public BigDecimal effectOn(String area, EconomyRules.AmountSign sign) {
    BigDecimal money = BigDecimal.ZERO;
    if (area.equals(to)) {
      money = money.add(amount);
    }
    if (area.equals(from)) {
      money = money.subtract(amount);
    }
    return sign == EconomyRules.AmountSign.COSTS_POSITIVE ? money : money.negate();
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
