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
 * paragraph and its reason, and, where stated, its {@link Kind} (a volume adjustment by the
 * resource allocation model, a frame change ...). Whichever sign the plan's figures give costs, the
 * change moves the area's budget by that much money.
 */
public record BudgetChange(
    String from,
    String to,
    BigDecimal amount,
    LocalDate decided,
    String paragraph,
    String reason,
    Kind kind) {

  /** What kind of change it is, where the source says so. */
  public enum Kind {
    /**
     * Volymjustering: the resource allocation model's adjustment for counted volumes (a volume
     * reading in April or October).
     */
    VOLUME,
    /** Pris- och standardkostnadsjustering: standard costs and prices indexed. */
    PRICE,
    /** Ramförändring, ramtillskott: the council changes the committee's frame. */
    FRAME_CHANGE,
    /** Ramväxling: frame moved between committees. */
    FRAME_TRANSFER,
    /** Omfördelning: budget moved between two of the committee's areas. */
    REALLOCATION;

    public String fileName() {
      return se.styr.shared.FileWords.of(this);
    }

    /** The kind a form or request names by its file word; null when none is given. */
    public static Kind of(String word) {
      if (word == null || word.isBlank()) {
        return null;
      }
      return se.styr.shared.FileWords.parse(Kind.class, word.strip())
          .orElseThrow(
              () ->
                  new InvalidValueException(
                      Text.of(
                          "followup.change.kind", word, se.styr.shared.FileWords.all(Kind.class))));
    }
  }

  /** A change whose kind is not stated. */
  public BudgetChange(
      String from,
      String to,
      BigDecimal amount,
      LocalDate decided,
      String paragraph,
      String reason) {
    this(from, to, amount, decided, paragraph, reason, null);
  }

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
    if (kind == Kind.REALLOCATION && (from == null || to == null)) {
      throw new InvalidValueException(Text.of("followup.change.reallocation"));
    }
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
