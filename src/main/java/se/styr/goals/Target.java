package se.styr.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A machine-readable target in every form the plans use: a comparison (≥ 90 %), a band (±0,5 %), a
 * direction (Öka, Minska/Bibehålla), a category (Samtliga, JA), a rank among municipalities (bland
 * de 25 % bästa), a falling trend from a year, or several of these together. {@link #parse} reads
 * the plan file notation and {@link #text} writes it back.
 */
public sealed interface Target {

  String text();

  /** The better direction of the indicator this target implies (Öka: higher), or null. */
  default Better implies() {
    return null;
  }

  enum Operator {
    AT_LEAST(">="),
    MORE_THAN(">"),
    AT_MOST("<="),
    LESS_THAN("<"),
    EQUAL("=");

    final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    boolean holds(int comparison) {
      return switch (this) {
        case AT_LEAST -> comparison >= 0;
        case MORE_THAN -> comparison > 0;
        case AT_MOST -> comparison <= 0;
        case LESS_THAN -> comparison < 0;
        case EQUAL -> comparison == 0;
      };
    }
  }

  record Compare(Operator operator, BigDecimal value) implements Target {
    public Compare {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return operator.symbol + " " + value.toPlainString();
    }

    @Override
    public Better implies() {
      return switch (operator) {
        case AT_LEAST, MORE_THAN -> Better.HIGHER;
        case AT_MOST, LESS_THAN -> Better.LOWER;
        case EQUAL -> null;
      };
    }
  }

  record Band(BigDecimal centre, BigDecimal tolerance) implements Target {
    public Band {
      if (tolerance.signum() < 0) {
        throw new InvalidValueException(Text.of("goals.invalid.tolerance"));
      }
    }

    @Override
    public String text() {
      return centre.toPlainString() + " +- " + tolerance.toPlainString();
    }
  }

  enum Direction {
    INCREASE,
    DECREASE,
    MAINTAIN,
    INCREASE_OR_MAINTAIN,
    DECREASE_OR_MAINTAIN;

    public boolean allowsKeeping() {
      return this == MAINTAIN || this == INCREASE_OR_MAINTAIN || this == DECREASE_OR_MAINTAIN;
    }

    /** The better direction this target implies, or null for keep only. */
    public Better better() {
      return switch (this) {
        case INCREASE, INCREASE_OR_MAINTAIN -> Better.HIGHER;
        case DECREASE, DECREASE_OR_MAINTAIN -> Better.LOWER;
        case MAINTAIN -> null;
      };
    }
  }

  record Move(Direction direction) implements Target {
    @Override
    public String text() {
      return direction.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Better implies() {
      return direction.better();
    }
  }

  /** Samtliga: the whole set. */
  record All() implements Target {
    @Override
    public String text() {
      return "all";
    }

    @Override
    public Better implies() {
      return Better.HIGHER;
    }
  }

  record Answer(boolean yes) implements Target {
    @Override
    public String text() {
      return yes ? "yes" : "no";
    }

    @Override
    public Better implies() {
      return yes ? Better.HIGHER : Better.LOWER;
    }
  }

  enum Standing {
    BEST,
    MIDDLE
  }

  /** Among the best (or middle) {@code percent} % of all municipalities. */
  record Relative(Standing standing, int percent) implements Target {
    public Relative {
      if (percent < 1 || percent > 100) {
        throw new InvalidValueException(Text.of("goals.invalid.percent", percent));
      }
    }

    @Override
    public String text() {
      return standing.name().toLowerCase(Locale.ROOT) + " " + percent + "%";
    }
  }

  /** Lower every year than the year before, from the value of {@code fromYear} on. */
  record Falling(int fromYear) implements Target {
    @Override
    public String text() {
      return "falling from " + fromYear;
    }

    @Override
    public Better implies() {
      return Better.LOWER;
    }
  }

  record Combined(List<Target> parts) implements Target {
    public Combined {
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new InvalidValueException(Text.of("goals.invalid.combined"));
      }
    }

    @Override
    public String text() {
      return String.join(" and ", parts.stream().map(Target::text).toList());
    }
  }

  /**
   * Reads a target in the plan file notation; throws {@link IllegalArgumentException} naming what
   * is wrong.
   */
  static Target parse(String text) {
    return TargetNotation.parse(text);
  }

  /** The parts of a combined target, or this target alone. */
  default List<Target> parts() {
    return this instanceof Combined all ? all.parts() : List.of(this);
  }
}
