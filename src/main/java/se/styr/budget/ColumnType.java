package se.styr.budget;

import java.util.Optional;
import se.styr.shared.FileWords;

/**
 * What the figures of a column are: outcome (bokslut, utfall), budget, plan, forecast and so on.
 */
public enum ColumnType {
  OUTCOME,
  BUDGET,
  PLAN,
  FORECAST,
  PROPOSAL,
  BUDGET_AS_OF,
  CHANGE,
  REVENUE,
  COST,
  RESULT,
  AMOUNT,
  VOLUME_PLANNED,
  VOLUME_READING,
  VOLUME_BUDGETED,
  SHARE,
  VALUE;

  public String fileName() {
    return FileWords.of(this);
  }

  public static Optional<ColumnType> fromFileName(String name) {
    return FileWords.parse(ColumnType.class, name);
  }

  /** Columns of these types belong to a year. */
  public boolean needsYear() {
    return switch (this) {
      case OUTCOME,
          BUDGET,
          PLAN,
          FORECAST,
          PROPOSAL,
          BUDGET_AS_OF,
          VOLUME_PLANNED,
          VOLUME_READING,
          VOLUME_BUDGETED ->
          true;
      default -> false;
    };
  }
}
