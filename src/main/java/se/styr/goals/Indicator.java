package se.styr.goals;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Keys;
import se.styr.shared.Period;
import se.styr.shared.Text;

/**
 * A measure that tells how a goal is going: unit, which way is better, source, baseline, targets
 * per year and values per period. Belongs to a goal, or to the plan as a whole ({@code goal} null).
 * An indicator proposed in a reservation names the decided indicator it would replace.
 */
public record Indicator(
    String key,
    String goal,
    String name,
    IndicatorUnit unit,
    Better better,
    IndicatorLevel level,
    Source source,
    Baseline baseline,
    List<TargetSpec> targets,
    List<IndicatorValue> values,
    Outlook outlook,
    List<String> footnotes,
    String rule,
    String replaces,
    BudgetMeasure measures) {

  /** An indicator whose values are not a budget measure (or are the one its rule reads). */
  public Indicator(
      String key,
      String goal,
      String name,
      IndicatorUnit unit,
      Better better,
      IndicatorLevel level,
      Source source,
      Baseline baseline,
      List<TargetSpec> targets,
      List<IndicatorValue> values,
      Outlook outlook,
      List<String> footnotes,
      String rule,
      String replaces) {
    this(
        key, goal, name, unit, better, level, source, baseline, targets, values, outlook, footnotes,
        rule, replaces, null);
  }

  public Indicator {
    Keys.require(key, GoalWords.INDICATOR);
    Objects.requireNonNull(name, "indicator name");
    Objects.requireNonNull(unit, "indicator unit");
    level = level == null ? IndicatorLevel.COMMITTEE : level;
    targets = List.copyOf(targets);
    values = List.copyOf(values);
    footnotes = List.copyOf(footnotes);
    if (baseline != null && baseline.value() != null && !baseline.value().fits(unit)) {
      throw new InvalidValueException(
          Text.of("goals.invalid.baselineUnit", key, baseline.value().text(), unit.fileName()));
    }
    for (IndicatorValue value : values) {
      if (value.value() != null && !value.value().fits(unit)) {
        throw new InvalidValueException(
            Text.of(
                "goals.invalid.valueUnit",
                key,
                value.period(),
                value.value().text(),
                unit.fileName()));
      }
    }
  }

  /** The targets that apply to {@code year}. */
  public List<TargetSpec> targetsFor(int year) {
    List<TargetSpec> found = new java.util.ArrayList<>(targets.size());
    for (TargetSpec target : targets) {
      if (target.covers(year)) {
        found.add(target);
      }
    }
    return found;
  }

  /** The same indicator with another baseline and targets (next year's plan). */
  public Indicator withBaselineAndTargets(Baseline newBaseline, List<TargetSpec> newTargets) {
    return new Indicator(
        key,
        goal,
        name,
        unit,
        better,
        level,
        source,
        newBaseline,
        newTargets,
        values,
        outlook,
        footnotes,
        rule,
        replaces,
        measures);
  }

  /** The same indicator with another source (e.g. linked to a Kolada KPI). */
  public Indicator withSource(Source newSource) {
    return new Indicator(
        key, goal, name, unit, better, level, newSource, baseline, targets, values, outlook,
        footnotes, rule, replaces, measures);
  }

  /** The same indicator with {@code newValues} as its values. */
  public Indicator withValues(List<IndicatorValue> newValues) {
    return new Indicator(
        key, goal, name, unit, better, level, source, baseline, targets, newValues, outlook,
        footnotes, rule, replaces, measures);
  }

  /**
   * The latest value measured within {@code year} (the whole-year value before any reading in it).
   */
  public Optional<IndicatorValue> valueFor(int year) {
    IndicatorValue latest = null;
    for (IndicatorValue value : values) {
      if (Period.year(value.period()) == year
          && (latest == null || Period.order(value.period()) > Period.order(latest.period()))) {
        latest = value;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Which way is better: as stated, or as the targets imply (Öka, Minska, ≥, ≤). */
  public Optional<Better> betterDirection() {
    if (better != null) {
      return Optional.of(better);
    }
    for (TargetSpec spec : targets) {
      if (spec.target() == null) {
        continue;
      }
      for (Target part : spec.target().parts()) {
        Better implied = part.implies();
        if (implied != null) {
          return Optional.of(implied);
        }
      }
    }
    return Optional.empty();
  }
}
