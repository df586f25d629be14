package se.styr.followup;

import java.time.LocalDate;
import java.util.List;

/** The committee's internal control plan for the year, decided on a date. */
public record InternalControlPlan(LocalDate decided, List<ControlRisk> risks, RiskMatrix matrix) {
  public static final InternalControlPlan NONE = new InternalControlPlan(null, List.of());

  /** A plan on the usual 4×4 matrix without colour bands. */
  public InternalControlPlan(LocalDate decided, List<ControlRisk> risks) {
    this(decided, risks, null);
  }

  public InternalControlPlan {
    risks = List.copyOf(risks);
    matrix = matrix == null ? RiskMatrix.DEFAULT : matrix;
  }

  public boolean isEmpty() {
    return decided == null && risks.isEmpty() && matrix.isDefault();
  }
}
