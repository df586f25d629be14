package se.styr.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The economy of a follow-up occasion computed from what the plan and the people responsible gave:
 * per area the budget to date, the deviation in kronor and percent, the change since the previous
 * forecast, the projections beside the forecast (the linear "riktpunkt": outcome to date ÷ share of
 * the year; by last year's profile: outcome to date × last year's full year ÷ last year's to date),
 * whether the forecast is far from both, and whether a comment or measures are required and
 * missing; and the total of all areas, blank in a column where any area's figure is blank.
 */
public record OccasionEconomy(
    List<EconomyLine> lines, EconomyLine total, List<Gap> gaps, List<Subtotal> subtotals) {

  /**
   * A subtotal group's line (its key and name as the plan gives them), printed after the last of
   * its areas; blank in a column where any of its areas' figures is blank.
   */
  public record Subtotal(AreaGroup group, EconomyLine line) {
    /** The area after whose line the subtotal stands, or null for a group without areas. */
    public String after() {
      return group.areas().isEmpty() ? null : group.areas().get(group.areas().size() - 1);
    }
  }

  public OccasionEconomy(List<EconomyLine> lines, EconomyLine total, List<Gap> gaps) {
    this(lines, total, gaps, List.of());
  }

  /** Percentages are given to one decimal, as reports print them. */
  static final int PERCENT_SCALE = 1;

  /** What an area still lacks, for the controller's view of the occasion's progress. */
  public record Gap(String area, Kind kind) {
    /** Missing parts, and a forecast flagged as far from both projections. */
    public enum Kind {
      OUTCOME_MISSING,
      FORECAST_MISSING,
      COMMENT_MISSING,
      MEASURES_MISSING,
      FORECAST_FAR
    }
  }

  public OccasionEconomy {
    lines = List.copyOf(lines);
    gaps = List.copyOf(gaps);
    subtotals = List.copyOf(subtotals);
  }

  /**
   * The same economy with the plan's subtotal groups summed: each group's areas that have a line,
   * ordered so that a group stands after its last area.
   */
  public OccasionEconomy withGroups(List<AreaGroup> groups, EconomyRules rules) {
    List<Subtotal> computed = new ArrayList<>();
    java.util.Set<String> reported = new java.util.HashSet<>();
    lines.forEach(l -> reported.add(l.area()));
    for (AreaGroup group : groups) {
      List<String> present = group.areas().stream().filter(reported::contains).toList();
      if (present.isEmpty()) {
        continue;
      }
      java.util.Set<String> inGroup = new java.util.HashSet<>(present);
      List<EconomyLine> members = lines.stream().filter(l -> inGroup.contains(l.area())).toList();
      String last = members.get(members.size() - 1).area();
      List<String> ordered = new ArrayList<>(present);
      ordered.remove(last);
      ordered.add(last);
      computed.add(
          new Subtotal(
              new AreaGroup(group.key(), group.name(), ordered),
              total(members, rules).named(group.key(), group.name())));
    }
    return new OccasionEconomy(lines, total, gaps, computed);
  }

  /** The economy of {@code occasion} for {@code areas} by the municipality's {@code rules}. */
  public static OccasionEconomy compute(
      Occasion occasion, List<AreaEconomy> areas, EconomyRules rules) {
    int months = occasion.monthsElapsed();
    List<EconomyLine> lines = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (AreaEconomy area : areas) {
      EconomyLine line = line(area, months, rules);
      lines.add(line);
      if (area.outcomeToDate() == null) {
        gaps.add(new Gap(area.area(), Gap.Kind.OUTCOME_MISSING));
      }
      if (area.forecast() == null) {
        gaps.add(new Gap(area.area(), Gap.Kind.FORECAST_MISSING));
      }
      if (line.commentMissing()) {
        gaps.add(new Gap(area.area(), Gap.Kind.COMMENT_MISSING));
      }
      if (line.measuresMissing()) {
        gaps.add(new Gap(area.area(), Gap.Kind.MEASURES_MISSING));
      }
      if (line.forecastFar()) {
        gaps.add(new Gap(area.area(), Gap.Kind.FORECAST_FAR));
      }
    }
    return new OccasionEconomy(lines, total(lines, rules), gaps);
  }

  /**
   * The investment projects' economy at an occasion: per project the deviation budget − forecast
   * (spending is positive, so an underspend is positive) in the unit and in percent, a comment
   * where it passes the municipality's threshold, what is missing, and the total. Investments are
   * not periodised or projected: their spending follows the project, not the calendar.
   */
  public static OccasionEconomy investments(
      List<ProjectEconomy> projects, DeviationThreshold threshold) {
    EconomyRules rules =
        new EconomyRules(EconomyRules.AmountSign.COSTS_POSITIVE, threshold, BigDecimal.ZERO);
    List<EconomyLine> lines = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (ProjectEconomy project : projects) {
      BigDecimal deviation = rules.deviation(project.budget(), project.forecast());
      BigDecimal percent = percentOf(deviation, project.budget());
      EconomyLine line =
          new EconomyLine(
              project.project(),
              project.name(),
              project.budget(),
              null,
              project.outcomeToDate(),
              null,
              project.forecast(),
              deviation,
              percent,
              null,
              null,
              null,
              null,
              false,
              threshold.passedBy(deviation, percent),
              project.comment(),
              false,
              null,
              0);
      lines.add(line);
      if (project.outcomeToDate() == null) {
        gaps.add(new Gap(project.project(), Gap.Kind.OUTCOME_MISSING));
      }
      if (project.forecast() == null) {
        gaps.add(new Gap(project.project(), Gap.Kind.FORECAST_MISSING));
      }
      if (line.commentMissing()) {
        gaps.add(new Gap(project.project(), Gap.Kind.COMMENT_MISSING));
      }
    }
    return new OccasionEconomy(lines, total(lines, rules), gaps);
  }

  private static EconomyLine line(AreaEconomy area, int months, EconomyRules rules) {
    BigDecimal budget = area.budget();
    BigDecimal toDate = budget == null ? null : area.periodisation().toDate(budget, months);
    BigDecimal deviation = rules.deviation(budget, area.forecast());
    BigDecimal percent = percentOf(deviation, budget);
    BigDecimal linear = linearProjection(area.outcomeToDate(), months);
    BigDecimal profile =
        profileProjection(
            area.outcomeToDate(), area.outcomeToDateLastYear(), area.outcomeLastYear());
    boolean far = far(area.forecast(), budget, rules, linear, profile);
    boolean required = rules.threshold().passedBy(deviation, percent);
    boolean deficit = required && deviation.signum() < 0;
    List<BalanceMeasure> live =
        area.measures().stream()
            .filter(m -> m.status() != BalanceMeasure.Status.CANCELLED)
            .toList();
    return new EconomyLine(
        area.area(),
        area.name(),
        budget,
        toDate,
        area.outcomeToDate(),
        area.outcomeToDateLastYear(),
        area.forecast(),
        deviation,
        percent,
        area.previousForecast(),
        difference(area.forecast(), area.previousForecast()),
        linear,
        profile,
        far,
        required,
        area.comment(),
        deficit,
        sumOrBlank(live, BalanceMeasure::counted),
        live.size());
  }

  /** Outcome to date ÷ the share of the year elapsed; blank before a month has passed. */
  static BigDecimal linearProjection(BigDecimal outcomeToDate, int months) {
    if (outcomeToDate == null || months == 0) {
      return null;
    }
    return outcomeToDate
        .multiply(BigDecimal.valueOf(12))
        .divide(BigDecimal.valueOf(months), Periodisation.SCALE, RoundingMode.HALF_UP);
  }

  /** Outcome to date × last year's full year ÷ last year's to date; blank without them. */
  static BigDecimal profileProjection(
      BigDecimal outcomeToDate, BigDecimal toDateLastYear, BigDecimal fullYearLastYear) {
    if (outcomeToDate == null
        || toDateLastYear == null
        || fullYearLastYear == null
        || toDateLastYear.signum() == 0) {
      return null;
    }
    return outcomeToDate
        .multiply(fullYearLastYear)
        .divide(toDateLastYear, Periodisation.SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Whether the forecast lies further than the tolerance (a share of the budget) from every
   * projection there is; never without a projection or a budget to measure by.
   */
  private static boolean far(
      BigDecimal forecast,
      BigDecimal budget,
      EconomyRules rules,
      BigDecimal linear,
      BigDecimal profile) {
    if (forecast == null || budget == null || (linear == null && profile == null)) {
      return false;
    }
    BigDecimal tolerance = budget.abs().multiply(rules.forecastTolerancePercent()).movePointLeft(2);
    boolean farFromLinear =
        linear == null || forecast.subtract(linear).abs().compareTo(tolerance) > 0;
    boolean farFromProfile =
        profile == null || forecast.subtract(profile).abs().compareTo(tolerance) > 0;
    return farFromLinear && farFromProfile;
  }

  private static EconomyLine total(List<EconomyLine> lines, EconomyRules rules) {
    BigDecimal budget = sumOrBlank(lines, EconomyLine::budget);
    BigDecimal forecast = sumOrBlank(lines, EconomyLine::forecast);
    BigDecimal previous = sumOrBlank(lines, EconomyLine::previousForecast);
    BigDecimal deviation = rules.deviation(budget, forecast);
    BigDecimal percent = percentOf(deviation, budget);
    boolean required = rules.threshold().passedBy(deviation, percent);
    return new EconomyLine(
        null,
        null,
        budget,
        sumOrBlank(lines, EconomyLine::budgetToDate),
        sumOrBlank(lines, EconomyLine::outcomeToDate),
        sumOrBlank(lines, EconomyLine::outcomeToDateLastYear),
        forecast,
        deviation,
        percent,
        previous,
        difference(forecast, previous),
        sumOrBlank(lines, EconomyLine::linearProjection),
        sumOrBlank(lines, EconomyLine::profileProjection),
        false,
        required,
        null,
        false,
        sumOrBlank(lines, EconomyLine::measuresAmount),
        lines.stream().mapToInt(EconomyLine::measures).sum());
  }

  /**
   * The decimals to print the occasion's amounts with: the most any budget or given figure has, at
   * most two (computed figures such as the budget to date are rounded to it).
   */
  public int precision() {
    int decimals = 0;
    for (EconomyLine line : lines) {
      for (BigDecimal value :
          java.util.Arrays.asList(
              line.budget(), line.outcomeToDate(), line.forecast(), line.previousForecast())) {
        if (value != null) {
          decimals = Math.max(decimals, Math.max(0, value.stripTrailingZeros().scale()));
        }
      }
    }
    return Math.min(decimals, 2);
  }

  /** {@code value} in Swedish at {@code decimals} decimals, or "" where it is not given. */
  public static String printed(BigDecimal value, int decimals) {
    return value == null
        ? ""
        : se.styr.shared.SwedishNumbers.format(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  static BigDecimal percentOf(BigDecimal deviation, BigDecimal budget) {
    if (deviation == null || budget == null || budget.signum() == 0) {
      return null;
    }
    return deviation
        .multiply(BigDecimal.valueOf(100))
        .divide(budget.abs(), PERCENT_SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal difference(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? null : a.subtract(b);
  }

  /** The sum, or blank when any part is blank (a blank is not a zero); zero for no parts. */
  static <T> BigDecimal sumOrBlank(List<T> items, Function<T, BigDecimal> figure) {
    BigDecimal sum = BigDecimal.ZERO;
    for (T item : items) {
      BigDecimal value = figure.apply(item);
      if (value == null) {
        return null;
      }
      sum = sum.add(value);
    }
    return sum;
  }
}
