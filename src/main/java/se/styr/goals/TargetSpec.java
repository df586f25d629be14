package se.styr.goals;

import java.util.List;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The target of an indicator for one or more years: as printed, and as a machine-readable {@link
 * Target} when it has one ("Ska följas upp årligen" has none).
 */
public record TargetSpec(List<Integer> years, String printed, Target target) {
  public TargetSpec {
    years = List.copyOf(years);
    if (years.isEmpty()) {
      throw new InvalidValueException(Text.of("goals.invalid.targetYears"));
    }
    if (printed == null && target == null) {
      throw new InvalidValueException(Text.of("goals.invalid.targetForm"));
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
