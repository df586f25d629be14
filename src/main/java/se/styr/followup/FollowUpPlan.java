package se.styr.followup;

import java.util.List;

/**
 * What a plan says it will follow up beside its goals: the internal control plan, the operations
 * run by private providers, and the operational measures counted each period. The follow-up section
 * of a plan file ({@link FollowUpFile}).
 */
public record FollowUpPlan(
    InternalControlPlan internalControl,
    List<Provider> providers,
    List<OperationalMeasure> measures) {

  public static final FollowUpPlan NONE =
      new FollowUpPlan(InternalControlPlan.NONE, List.of(), List.of());

  public FollowUpPlan {
    internalControl = internalControl == null ? InternalControlPlan.NONE : internalControl;
    providers = List.copyOf(providers);
    measures = List.copyOf(measures);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }
}
