package se.styr.budget;

import java.time.LocalDate;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A typed column: what its figures are (outcome, budget, plan ...), for which year, as of which
 * date for a "budget per november"-column, in which unit where it differs from the table's, and for
 * a derived column the formula over other columns of the same row.
 */
public record TableColumn(
    String key,
    String label,
    ColumnType type,
    Integer year,
    LocalDate asOf,
    String unit,
    Formula formula) {

  public TableColumn {
    Objects.requireNonNull(key, "column key");
    Objects.requireNonNull(label, "column label");
    Objects.requireNonNull(type, "column type");
    if (type.needsYear() && year == null) {
      throw new InvalidValueException(Text.of("budget.column.needsYear", key, type.fileName()));
    }
  }

  public static TableColumn of(String key, String label, ColumnType type, Integer year) {
    return new TableColumn(key, label, type, year, null, null, null);
  }
}
