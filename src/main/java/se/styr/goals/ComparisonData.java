package se.styr.goals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Period;
import se.styr.shared.Text;

/** Every municipality's value of one Kolada KPI for one period, for relative targets. */
public record ComparisonData(String kpi, String period, Map<String, BigDecimal> values) {
  public ComparisonData {
    Objects.requireNonNull(kpi, "comparison KPI");
    if (!Period.isValid(period)) {
      throw new InvalidValueException(Text.of("goals.invalid.comparisonPeriod", period));
    }
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public int year() {
    return Period.year(period);
  }
}
