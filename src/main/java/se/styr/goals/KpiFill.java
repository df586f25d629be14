package se.styr.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;

/**
 * An indicator's yearly values filled from its linked KPI: what each fetched value would do to the
 * value the plan holds for that year. A year without a value gets one; a value Styr fetched before
 * is refreshed; a value a person entered is never overwritten unless the person says so (a {@link
 * Kind#CONFLICT} until then); a year Kolada has no value for leaves the plan's as it is (never
 * zero). A filled value carries its rank among the comparison data when there is some.
 */
public final class KpiFill {
  private KpiFill() {}

  /** What filling does to a year's value. */
  public enum Kind {
    /** The plan has no value for the year: the fetched one is added. */
    NEW,
    /** The plan's value is the fetched one already. */
    UNCHANGED,
    /** The plan's value was fetched before and Kolada's is now another: it is replaced. */
    REFRESHED,
    /** A person entered another value: replaced only if the person says so. */
    CONFLICT,
    /** Kolada has no value for the year (missing or confidential): nothing changes. */
    NOT_AT_KOLADA
  }

  /** A fetched value of the KPI for a year (null where Kolada has none). */
  public record KpiValue(int year, BigDecimal value, Fetched fetched) {}

  /** What filling one year would do. */
  public record Proposal(
      int year,
      IndicatorValue current,
      BigDecimal fetched,
      Integer rank,
      Integer of,
      Kind kind,
      Fetched source) {
    /** The value filling writes. */
    IndicatorValue filled() {
      return new IndicatorValue(
          Integer.toString(year), null, new Quantity.Amount(fetched), false, rank, of, source);
    }
  }

  /**
   * What filling {@code indicator} from {@code values} would do, year by year; ranks come from
   * {@code chain}'s comparison data among the indicator's comparison group (all municipalities
   * unless it names one).
   */
  public static List<Proposal> propose(
      Indicator indicator, List<KpiValue> values, GoalChain chain, String municipality) {
    if (!indicator.unit().isNumeric()) {
      throw new InvalidValueException(
          Text.of("goals.fill.notNumeric", indicator.key(), indicator.unit().fileName()));
    }
    String kpi = indicator.source() == null ? null : indicator.source().kpi();
    if (kpi == null) {
      throw new InvalidValueException(Text.of("goals.fill.noKpi", indicator.key()));
    }
    List<Proposal> proposals = new ArrayList<>();
    for (KpiValue fetched :
        values.stream().sorted(Comparator.comparingInt(KpiValue::year)).toList()) {
      IndicatorValue current = yearValue(indicator, fetched.year()).orElse(null);
      if (fetched.value() == null) {
        proposals.add(
            new Proposal(
                fetched.year(), current, null, null, null, Kind.NOT_AT_KOLADA, fetched.fetched()));
        continue;
      }
      Integer rank = null;
      Integer of = null;
      Optional<ComparisonData> data = chain.comparison(kpi, fetched.year());
      if (data.isPresent() && municipality != null) {
        ComparisonGroup group = indicator.source().compare();
        Standing standing =
            Standing.of(
                group == null ? data.get() : data.get().among(group),
                municipality,
                fetched.value(),
                indicator.betterDirection().orElse(Better.HIGHER));
        rank = standing.first();
        of = standing.count();
      }
      proposals.add(
          new Proposal(
              fetched.year(),
              current,
              fetched.value(),
              rank,
              of,
              kind(current, fetched, rank),
              fetched.fetched()));
    }
    return proposals;
  }

  private static Kind kind(IndicatorValue current, KpiValue fetched, Integer rank) {
    if (current == null || current.value() == null) {
      return Kind.NEW;
    }
    Optional<BigDecimal> now = TargetCheck.number(current.value());
    boolean same = now.isPresent() && now.get().compareTo(fetched.value()) == 0;
    if (current.entered()) {
      return same ? Kind.UNCHANGED : Kind.CONFLICT;
    }
    return same && java.util.Objects.equals(current.rank(), rank) ? Kind.UNCHANGED : Kind.REFRESHED;
  }

  /**
   * {@code indicator} with the proposals applied: new and refreshed values written, conflicts only
   * for the years in {@code overwrite}; other periods' values kept as they are (a value added goes
   * into period order).
   */
  public static Indicator apply(
      Indicator indicator, List<Proposal> proposals, Set<Integer> overwrite) {
    List<IndicatorValue> values = new ArrayList<>(indicator.values());
    boolean added = false;
    for (Proposal p : proposals) {
      boolean write =
          p.kind() == Kind.NEW
              || p.kind() == Kind.REFRESHED
              || (p.kind() == Kind.CONFLICT && overwrite.contains(p.year()));
      if (!write) {
        continue;
      }
      String period = Integer.toString(p.year());
      int at = -1;
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i).period().equals(period)) {
          at = i;
        }
      }
      if (at >= 0) {
        values.set(at, p.filled());
      } else {
        values.add(p.filled());
        added = true;
      }
    }
    if (added) {
      values.sort(Comparator.comparingInt(v -> Period.order(v.period())));
    }
    return indicator.withValues(values);
  }

  private static Optional<IndicatorValue> yearValue(Indicator indicator, int year) {
    String period = Integer.toString(year);
    return indicator.values().stream().filter(v -> v.period().equals(period)).findFirst();
  }
}
