package se.styr.imports.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.styr.followup.AreaEconomy;
import se.styr.followup.EconomyRules;
import se.styr.followup.GrossEconomy;
import se.styr.followup.LedgerMapping;
import se.styr.followup.LedgerRule;
import se.styr.followup.Periodisation;
import se.styr.followup.ProjectEconomy;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * What a ledger's outcome ({@link LedgerOutcome}) changes in a follow-up occasion: for the year's
 * own file, each mapped area's outcome to date and each mapped project's; for last year's file,
 * each area's outcome to date the same day last year and, where last year's months allow it, its
 * monthly profile for periodising the budget. Amounts go from öre in the ledger's signs to the
 * plan's unit (kr, tkr, mnkr) and signs (costs positive, or net results with costs negative),
 * exactly to six decimals. A mapped area the ledger has no row for has an outcome of 0: the ledger
 * holds every transaction of the period. Every change is listed with its value before and after.
 */
public final class LedgerImport {
  private LedgerImport() {}

  /** Which year's file is imported into the occasion. */
  public enum Year {
    /** The occasion's own year: outcome to date. */
    CURRENT,
    /** The year before: outcome to date the same day last year, and the monthly profile. */
    PREVIOUS
  }

  /**
   * Which areas the plan budgets gross (revenue and cost apart), and how its gross table's result
   * column signs them ({@code result = ±revenue ± cost}); {@link #NONE} where it has no gross
   * table.
   */
  public record Gross(java.util.Set<String> areas, boolean revenueNegated, boolean costNegated) {
    public static final Gross NONE = new Gross(java.util.Set.of(), false, false);

    public Gross {
      areas = java.util.Set.copyOf(areas);
    }
  }

  /** One figure changed: which area or project, which figure, before and after (null: blank). */
  public record Change(String subject, String figure, BigDecimal before, BigDecimal after) {}

  /** The entries to store and what they change. */
  public record Result(
      List<AreaEconomy> areas,
      List<ProjectEconomy> projects,
      List<Change> changes,
      List<LedgerOutcome.Unmapped> unmapped,
      long unmappedBeyond) {
    public Result {
      areas = List.copyOf(areas);
      projects = List.copyOf(projects);
      changes = List.copyOf(changes);
      unmapped = List.copyOf(unmapped);
    }
  }

  /**
   * As above; for the year's own file, an area the plan budgets gross also gets its revenue and
   * cost to date, signed so that they give its net as the plan's gross table relates them.
   */
  public static Result apply(
      LedgerMapping mapping,
      List<AreaEconomy> currentAreas,
      List<ProjectEconomy> currentProjects,
      LedgerOutcome outcome,
      String unit,
      EconomyRules.AmountSign sign,
      Year year,
      Gross gross) {
    long divisor = divisor(unit);
    Map<String, AreaEconomy> existing = new LinkedHashMap<>();
    currentAreas.forEach(a -> existing.put(a.area(), a));
    List<AreaEconomy> areas = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    for (String key : keys(mapping.areas())) {
      AreaEconomy before = existing.getOrDefault(key, AreaEconomy.budgeted(key, null, null));
      LedgerOutcome.AreaSum sum = outcome.areas().get(key);
      long net = sum == null ? 0 : sum.net();
      BigDecimal value =
          inUnit(sign == EconomyRules.AmountSign.COSTS_POSITIVE ? net : -net, divisor);
      AreaEconomy after;
      if (year == Year.CURRENT) {
        after = before.withOutcome(value, before.outcomeToDateLastYear());
        changed(changes, key, "outcomeToDate", before.outcomeToDate(), value);
        if (gross.areas().contains(key)) {
          long planSign = sign == EconomyRules.AmountSign.COSTS_POSITIVE ? 1 : -1;
          long revenueOre = sum == null ? 0 : sum.revenue();
          long costOre = sum == null ? 0 : sum.cost();
          BigDecimal revenue =
              inUnit(planSign * (gross.revenueNegated() ? -1 : 1) * revenueOre, divisor);
          BigDecimal cost = inUnit(planSign * (gross.costNegated() ? -1 : 1) * costOre, divisor);
          GrossEconomy was = before.gross() == null ? GrossEconomy.NONE : before.gross();
          changed(changes, key, "revenueToDate", was.revenue().outcomeToDate(), revenue);
          changed(changes, key, "costToDate", was.cost().outcomeToDate(), cost);
          after =
              after.withGross(
                  new GrossEconomy(
                      new GrossEconomy.Figures(
                          was.revenue().budget(), revenue, was.revenue().forecast()),
                      new GrossEconomy.Figures(was.cost().budget(), cost, was.cost().forecast())));
        }
      } else {
        after = before.withOutcome(before.outcomeToDate(), value);
        changed(changes, key, "outcomeToDateLastYear", before.outcomeToDateLastYear(), value);
        Periodisation profile = sum == null ? null : profile(sum.months());
        if (profile != null && !profile.equals(before.periodisation())) {
          after = withProfile(after, profile);
          changes.add(new Change(key, "profile", null, null));
        }
      }
      areas.add(after);
    }
    List<ProjectEconomy> projects = new ArrayList<>();
    if (year == Year.CURRENT) {
      Map<String, ProjectEconomy> known = new LinkedHashMap<>();
      currentProjects.forEach(p -> known.put(p.project(), p));
      for (String key : keys(mapping.projects())) {
        ProjectEconomy before = known.getOrDefault(key, ProjectEconomy.budgeted(key, null, null));
        // investment spending is positive, as the ledger debits it
        BigDecimal value = inUnit(outcome.projects().getOrDefault(key, 0L), divisor);
        changed(changes, key, "outcomeToDate", before.outcomeToDate(), value);
        projects.add(
            new ProjectEconomy(
                key, before.name(), before.budget(), value, before.forecast(), before.comment()));
      }
    }
    return new Result(areas, projects, changes, outcome.unmapped(), outcome.unmappedBeyond());
  }

  private static Set<String> keys(List<LedgerRule> rules) {
    Set<String> keys = new LinkedHashSet<>();
    rules.forEach(r -> keys.add(r.key()));
    return keys;
  }

  private static void changed(
      List<Change> changes, String subject, String figure, BigDecimal before, BigDecimal after) {
    if (before == null || before.compareTo(after) != 0) {
      changes.add(new Change(subject, figure, before, after));
    }
  }

  /**
   * Last year's months as a profile: their amounts where all lie on one side of zero (costs, or
   * revenue), else none, since a month with a surplus in a cost area gives no share of the year.
   */
  static Periodisation profile(long[] months) {
    boolean anyPositive = false;
    boolean anyNegative = false;
    for (long m : months) {
      anyPositive |= m > 0;
      anyNegative |= m < 0;
    }
    if (anyPositive == anyNegative) {
      return null; // mixed, or nothing
    }
    List<BigDecimal> weights = new ArrayList<>(12);
    for (long m : months) {
      weights.add(BigDecimal.valueOf(Math.abs(m), 2));
    }
    return new Periodisation.Profile(weights);
  }

  private static AreaEconomy withProfile(AreaEconomy area, Periodisation profile) {
    return new AreaEconomy(
        area.area(),
        area.name(),
        area.budget(),
        profile,
        area.outcomeToDate(),
        area.outcomeToDateLastYear(),
        area.outcomeLastYear(),
        area.forecast(),
        area.previousForecast(),
        area.comment(),
        area.measures(),
        area.gross());
  }

  /** Öre per one of the plan's unit. */
  static long divisor(String unit) {
    String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT).replace(".", "");
    return switch (u) {
      case "kr", "kronor", "sek" -> 100L;
      case "tkr", "tsek" -> 100_000L;
      case "mkr", "mnkr", "msek", "miljoner kronor" -> 100_000_000L;
      default -> throw new InvalidValueException(Text.of("ledger.unit", String.valueOf(unit)));
    };
  }

  static BigDecimal inUnit(long ore, long divisor) {
    BigDecimal value = BigDecimal.valueOf(ore).divide(BigDecimal.valueOf(divisor));
    if (value.scale() > Periodisation.SCALE) {
      value = value.setScale(Periodisation.SCALE, RoundingMode.HALF_UP);
    }
    return value.stripTrailingZeros().scale() < 0
        ? value.setScale(0, RoundingMode.UNNECESSARY)
        : value.stripTrailingZeros();
  }
}
