package se.styr.goals;

import java.util.Objects;

/** An indicator's source: its type, its name as printed, and its Kolada KPI id if it has one. */
public record Source(SourceType type, String name, String kpi) {
  public Source {
    Objects.requireNonNull(type, "source type");
    if (kpi != null && !kpi.matches("[A-Z]\\d{5}")) {
      throw new IllegalArgumentException("a Kolada KPI id is a letter and five digits (U21468), got '" + kpi + "'");
    }
  }
}
