package se.styr.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Keys;
import se.styr.shared.Status;
import se.styr.shared.Text;

/** The savings measures (åtgärder för budget i balans) the plan lists, with their stated total. */
public record SavingsMeasures(String unit, BigDecimal total, List<Measure> measures) {
  public static final SavingsMeasures NONE = new SavingsMeasures(null, null, List.of());

  public SavingsMeasures {
    measures = List.copyOf(measures);
    if ((total != null || measures.stream().anyMatch(m -> m.amount() != null)) && unit == null) {
      throw new InvalidValueException(Text.of("budget.savings.unitNeeded"));
    }
  }

  public boolean isEmpty() {
    return measures.isEmpty() && total == null;
  }

  /** The sum of the measures' amounts, when every measure has one. */
  public Optional<BigDecimal> sum() {
    if (measures.isEmpty() || measures.stream().anyMatch(m -> m.amount() == null)) {
      return Optional.empty();
    }
    return Optional.of(
        measures.stream().map(Measure::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  public record Measure(String key, String area, String title, BigDecimal amount, Status status) {
    public Measure {
      Keys.require(key, Text.of("budget.file.savingsMeasure"));
      Objects.requireNonNull(title, "savings measure title");
      status = status == null ? Status.PLANNED : status;
    }
  }
}
