package se.styr.followup;

import java.time.LocalDate;
import java.util.List;

/** The committee's internal control plan for the year, decided on a date. */
public record InternalControlPlan(LocalDate decided, List<ControlRisk> risks) {
  public static final InternalControlPlan NONE = new InternalControlPlan(null, List.of());

  public InternalControlPlan {
    risks = List.copyOf(risks);
  }

  public boolean isEmpty() {
    return decided == null && risks.isEmpty();
  }
}
