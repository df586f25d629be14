package se.styr.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import se.styr.shared.FileWords;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * What kind of frame change (ramförändring) a row is: its category, for an efficiency requirement
 * its percentage, whether it is one-off or lasting, for a transfer the other committee, and the
 * year it applies from where the plan states one.
 */
public record FrameChange(
    Category category, BigDecimal percent, Duration duration, String counterpart, Integer year) {

  /** A frame change without a year of its own. */
  public FrameChange(Category category, BigDecimal percent, Duration duration, String counterpart) {
    this(category, percent, duration, counterpart, null);
  }

  public enum Category {
    PRICE_AND_WAGE_UPRATING,
    TARGET_GROUP_NEED,
    EFFICIENCY_REQUIREMENT,
    TRANSFER,
    RENT,
    STATE_GRANT,
    LEGISLATION,
    POLITICAL_PRIORITY,
    PENSION,
    OTHER;

    public String fileName() {
      return FileWords.of(this);
    }

    public static Optional<Category> fromFileName(String name) {
      return FileWords.parse(Category.class, name);
    }
  }

  public enum Duration {
    ONE_OFF,
    LASTING;

    public String fileName() {
      return FileWords.of(this);
    }

    public static Optional<Duration> fromFileName(String name) {
      return FileWords.parse(Duration.class, name);
    }
  }

  public FrameChange {
    Objects.requireNonNull(category, "frame change category");
    if (year != null && (year < 1900 || year > 2200)) {
      throw new InvalidValueException(Text.of("budget.frameChange.year", year));
    }
    if (percent != null
        && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new InvalidValueException(Text.of("budget.frameChange.percent", percent.toString()));
    }
  }
}
