package se.styr.goals;

import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * An indicator's source: its type, its name as printed, and its Kolada KPI if it has one, with the
 * organisational unit ({@code ou}, e.g. one nursing home) and the gender (T all, K women, M men)
 * its values are for, and the municipalities its relative targets are ranked among ({@code
 * compare}; null for all of Sweden's).
 */
public record Source(
    SourceType type, String name, String kpi, String ou, String gender, ComparisonGroup compare) {
  public Source {
    Objects.requireNonNull(type, "source type");
    if (kpi != null && !kpi.matches("[A-Z]\\d{5}")) {
      throw new InvalidValueException(Text.of("goals.invalid.kpi", kpi));
    }
    if (ou != null && !ou.matches("[A-Z0-9]{4,20}")) {
      throw new InvalidValueException(Text.of("goals.invalid.ou", ou));
    }
    if (gender != null && !gender.matches("[TKM]")) {
      throw new InvalidValueException(Text.of("goals.invalid.gender", gender));
    }
    if (kpi == null && (ou != null || gender != null || compare != null)) {
      throw new InvalidValueException(Text.of("goals.invalid.kpiMissing"));
    }
  }

  /** A source without a KPI, or with a KPI for the whole municipality and all genders. */
  public Source(SourceType type, String name, String kpi) {
    this(type, name, kpi, null, null, null);
  }

  /** The gender the KPI's values are read for: T (all) unless a gender is chosen. */
  public String genderOrTotal() {
    return gender == null ? "T" : gender;
  }
}
