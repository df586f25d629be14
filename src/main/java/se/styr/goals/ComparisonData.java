package se.styr.goals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Every municipality's value of one Kolada KPI for one period, for relative targets. */
public record ComparisonData(String kpi, String period, Map<String, BigDecimal> values) {
  public ComparisonData {
    Objects.requireNonNull(kpi, "comparison KPI");
    if (!Period.isValid(period)) {
      throw new IllegalArgumentException("comparison period '" + period + "' is not a year or period");
    }
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public int year() {
    return Period.year(period);
  }
}
