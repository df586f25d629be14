package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;

/** Targets in Swedish: as printed where the plan prints them, else written out from the machine form. */
final class Targets {
  private Targets() {}

  static String compare(Target.Compare compare, IndicatorUnit unit) {
    String symbol = switch (compare.operator()) {
      case AT_LEAST -> "\u2265";
      case MORE_THAN -> ">";
      case AT_MOST -> "\u2264";
      case LESS_THAN -> "<";
      case EQUAL -> "=";
    };
    return symbol + " " + withUnit(compare.value(), unit);
  }

  static String band(Target.Band band, IndicatorUnit unit) {
    return Texts.number(band.centre()) + " \u00b1 " + withUnit(band.tolerance(), unit);
  }

  /** A number with its unit where the unit is a sign: "30 %"; counts and indexes stay bare. */
  static String withUnit(BigDecimal value, IndicatorUnit unit) {
    return Texts.number(value) + (unit == IndicatorUnit.PERCENT ? " %" : "");
  }

  /**
   * A target for the table: the numbers it is drawn at in Swedish format (≥ 30; 0 ± 0,5 (-0,5 till
   * 0,5); Ja), and a target without a number as printed (Öka).
   */
  static String text(TargetSpec spec, IndicatorUnit unit) {
    return text(spec, unit, false);
  }

  /** As {@link #text(TargetSpec, IndicatorUnit)}, with the percent sign after numbers if {@code signs}. */
  static String text(TargetSpec spec, IndicatorUnit unit, boolean signs) {
    IndicatorUnit shown = signs ? unit : IndicatorUnit.NUMBER;
    if (spec.target() == null) {
      return spec.printed();
    }
    List<String> parts = new ArrayList<>();
    boolean drawn = false;
    for (Target part : spec.target().parts()) {
      if (part instanceof Target.Compare compare) {
        parts.add(compare(compare, shown));
        drawn = true;
      } else if (part instanceof Target.Band band) {
        parts.add(band(band, shown) + " (" + Texts.number(band.centre().subtract(band.tolerance()))
            + " till " + withUnit(band.centre().add(band.tolerance()), shown) + ")");
        drawn = true;
      } else if (part instanceof Target.Answer answer && unit == IndicatorUnit.YES_NO) {
        parts.add(answer.yes() ? "Ja" : "Nej");
        drawn = true;
      } else {
        parts.add(words(part));
      }
    }
    if (!drawn && spec.printed() != null) {
      return spec.printed();
    }
    return String.join(" och ", parts);
  }

  /** Whether any part of the target is drawn. */
  static boolean hasNumber(TargetSpec spec, IndicatorUnit unit) {
    if (spec.target() == null) {
      return false;
    }
    for (Target part : spec.target().parts()) {
      if (part instanceof Target.Compare || part instanceof Target.Band
          || (part instanceof Target.Answer && unit == IndicatorUnit.YES_NO)) {
        return true;
      }
    }
    return false;
  }

  /** The Swedish words for a target without a number. */
  static String words(Target target) {
    if (target instanceof Target.Move move) {
      return switch (move.direction()) {
        case INCREASE -> "Öka";
        case DECREASE -> "Minska";
        case MAINTAIN -> "Bibehålla";
        case INCREASE_OR_MAINTAIN -> "Öka eller bibehålla";
        case DECREASE_OR_MAINTAIN -> "Minska eller bibehålla";
      };
    }
    if (target instanceof Target.All) {
      return "Samtliga";
    }
    if (target instanceof Target.Answer answer) {
      return answer.yes() ? "Ja" : "Nej";
    }
    if (target instanceof Target.Relative relative) {
      return relative.standing() == Target.Standing.BEST ? "Bland de " + relative.percent() + " % bästa kommunerna"
          : "Bland de mittersta " + relative.percent() + " % av kommunerna";
    }
    if (target instanceof Target.Falling falling) {
      return "Sjunkande från " + falling.fromYear();
    }
    return target.text();
  }
}
