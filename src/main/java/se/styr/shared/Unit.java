package se.styr.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit a table states for its figures. Money units convert exactly between each other; counts
 * and percentages are not money and never convert.
 */
public enum Unit {
  KR(true, 0),
  TKR(true, 3),
  MKR(true, 6),
  COUNT(false, 0),
  PERCENT(false, 0),
  NUMBER(false, 0);

  private final boolean money;
  private final int powerOfTen;

  Unit(boolean money, int powerOfTen) {
    this.money = money;
    this.powerOfTen = powerOfTen;
  }

  public boolean isMoney() {
    return money;
  }

  /**
   * Reads a unit as printed in a plan: "tkr", "Mkr", "mnkr", "miljoner kronor", "antal", "%" ...
   */
  public static Optional<Unit> parse(String printed) {
    if (printed == null) {
      return Optional.empty();
    }
    String label = printed.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(
        switch (label) {
          case "kr", "kronor", "sek" -> KR;
          case "tkr", "tusen kronor", "tsek" -> TKR;
          case "mkr", "mnkr", "mnkr.", "miljoner kronor", "msek" -> MKR;
          case "antal", "st", "st.", "personer", "count" -> COUNT;
          case "%", "procent", "andel" -> PERCENT;
          case "tal", "index", "number" -> NUMBER;
          default -> null;
        });
  }

  /**
   * The value, given in this unit, expressed exactly in {@code target}; both must be money units.
   */
  public BigDecimal convert(BigDecimal value, Unit target) {
    if (!money || !target.money) {
      throw new IllegalArgumentException("Only money converts: " + this + " to " + target);
    }
    return value.movePointRight(powerOfTen - target.powerOfTen);
  }

  /** The exact value in whole-kronor terms (scale may be negative or positive). */
  public BigDecimal toKronor(BigDecimal value) {
    return convert(value, KR);
  }

  /** The conventional Swedish label, used when a unit has to be named in a message. */
  public String label() {
    return switch (this) {
      case KR -> "kr";
      case TKR -> "tkr";
      case MKR -> "mkr";
      case COUNT -> "antal";
      case PERCENT -> "%";
      case NUMBER -> "tal";
    };
  }

  /** The money unit 1000 times smaller or larger, if there is one. */
  public Optional<Unit> shifted(int steps) {
    if (!money) {
      return Optional.empty();
    }
    int power = powerOfTen + 3 * steps;
    for (Unit unit : values()) {
      if (unit.money && unit.powerOfTen == power) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}
