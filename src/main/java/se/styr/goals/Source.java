package se.styr.goals;

import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** An indicator's source: its type, its name as printed, and its Kolada KPI id if it has one. */
public record Source(SourceType type, String name, String kpi) {
  public Source {
    Objects.requireNonNull(type, "source type");
    if (kpi != null && !kpi.matches("[A-Z]\\d{5}")) {
      throw new InvalidValueException(Text.of("goals.invalid.kpi", kpi));
    }
  }
}
