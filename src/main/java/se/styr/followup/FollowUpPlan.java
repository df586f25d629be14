package se.styr.followup;

import java.util.List;

/**
 * What a plan says it will follow up beside its goals: the internal control plan, the operations
 * run by private providers, the operational measures counted each period, the municipality's
 * follow-up calendar and its rules for economy follow-up. The follow-up section of a plan file
 * ({@link FollowUpFile}).
 */
public record FollowUpPlan(
    InternalControlPlan internalControl,
    List<Provider> providers,
    List<OperationalMeasure> measures,
    FollowUpCalendar calendar,
    EconomyRules economyRules,
    LedgerMapping ledger) {

  public static final FollowUpPlan NONE =
      new FollowUpPlan(InternalControlPlan.NONE, List.of(), List.of());

  public FollowUpPlan {
    internalControl = internalControl == null ? InternalControlPlan.NONE : internalControl;
    providers = List.copyOf(providers);
    measures = List.copyOf(measures);
    calendar = calendar == null ? FollowUpCalendar.NONE : calendar;
    economyRules = economyRules == null ? EconomyRules.DEFAULT : economyRules;
    ledger = ledger == null ? LedgerMapping.NONE : ledger;
  }

  /** A follow-up section without a ledger mapping. */
  public FollowUpPlan(
      InternalControlPlan internalControl,
      List<Provider> providers,
      List<OperationalMeasure> measures,
      FollowUpCalendar calendar,
      EconomyRules economyRules) {
    this(internalControl, providers, measures, calendar, economyRules, null);
  }

  public FollowUpPlan(
      InternalControlPlan internalControl,
      List<Provider> providers,
      List<OperationalMeasure> measures) {
    this(internalControl, providers, measures, null, null);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }
}
