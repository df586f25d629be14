package se.styr.goals;

import java.util.List;

/**
 * The target of an indicator for one or more years: as printed, and as a machine-readable
 * {@link Target} when it has one ("Ska följas upp årligen" has none).
 */
public record TargetSpec(List<Integer> years, String printed, Target target) {
  public TargetSpec {
    years = List.copyOf(years);
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a target is for at least one year");
    }
    if (printed == null && target == null) {
      throw new IllegalArgumentException("a target is printed, machine-readable or both");
    }
  }

  /** As printed, else the machine target's own notation ("≥ 90"). */
  public String swedish() {
    return printed != null ? printed : target.text();
  }

  public boolean covers(int year) {
    return years.contains(year);
  }
}
