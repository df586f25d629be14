package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.Target;
import se.styr.goals.TargetSpec;
import se.styr.shared.Text;

/**
 * Targets in words: as printed where the plan prints them, else written out from the machine form.
 */
final class Targets {
  private Targets() {}

  static String compare(Target.Compare compare, IndicatorUnit unit) {
    String symbol =
        switch (compare.operator()) {
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
  static String text(TargetSpec spec, IndicatorUnit unit, ChartWords words) {
    return text(spec, unit, false, words);
  }

  /**
   * As {@link #text(TargetSpec, IndicatorUnit)}, with the percent sign after numbers if {@code
   * signs}.
   */
  static String text(TargetSpec spec, IndicatorUnit unit, boolean signs, ChartWords words) {
    IndicatorUnit shown = signs ? unit : IndicatorUnit.NUMBER;
    if (spec.target() == null) {
      return spec.printed();
    }
    List<Text> parts = new ArrayList<>();
    boolean drawn = false;
    for (Target part : spec.target().parts()) {
      if (part instanceof Target.Compare compare) {
        parts.add(Text.verbatim(compare(compare, shown)));
        drawn = true;
      } else if (part instanceof Target.Band band) {
        parts.add(
            Text.of(
                "charts.target.band",
                band(band, shown),
                Texts.number(band.centre().subtract(band.tolerance())),
                withUnit(band.centre().add(band.tolerance()), shown)));
        drawn = true;
      } else if (part instanceof Target.Answer answer && unit == IndicatorUnit.YES_NO) {
        parts.add(Text.of(answer.yes() ? "charts.yes" : "charts.no"));
        drawn = true;
      } else {
        parts.add(words(part));
      }
    }
    if (!drawn && spec.printed() != null) {
      return spec.printed();
    }
    Text all = parts.get(0);
    for (Text part : parts.subList(1, parts.size())) {
      all = Text.of("charts.target.and", all, part);
    }
    return words.of(all);
  }

  /** Whether any part of the target is drawn. */
  static boolean hasNumber(TargetSpec spec, IndicatorUnit unit) {
    if (spec.target() == null) {
      return false;
    }
    for (Target part : spec.target().parts()) {
      if (part instanceof Target.Compare
          || part instanceof Target.Band
          || (part instanceof Target.Answer && unit == IndicatorUnit.YES_NO)) {
        return true;
      }
    }
    return false;
  }

  /** The words for a target without a number: Öka, Samtliga, Bland de 25 % bästa kommunerna. */
  static Text words(Target target) {
    if (target instanceof Target.Move move) {
      return Text.of("charts.target." + move.direction().name());
    }
    if (target instanceof Target.All) {
      return Text.of("charts.target.all");
    }
    if (target instanceof Target.Answer answer) {
      return Text.of(answer.yes() ? "charts.yes" : "charts.no");
    }
    if (target instanceof Target.Relative relative) {
      return Text.of(
          relative.standing() == Target.Standing.BEST
              ? "charts.target.best"
              : "charts.target.middle",
          relative.percent());
    }
    if (target instanceof Target.Falling falling) {
      return Text.of("charts.target.falling", falling.fromYear());
    }
    return Text.verbatim(target.text());
  }
}
