package se.styr.budget;

import java.util.LinkedHashMap;
import java.util.Map;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/** A write based on a table version that someone else has changed since; nothing was written. */
public class StaleTableException extends StyrException {
  private static final long serialVersionUID = 1L;
  private final transient TableState current;
  private final String row;
  private final String column;
  private final transient Cell currentCell;

  public StaleTableException(String tableTitle, int expectedLock, TableState current) {
    this(tableTitle, expectedLock, current, null, null, null);
  }

  /**
   * A write refused because the cell at {@code row} and {@code column} (the one written, or one a
   * total sums) changed since {@code expectedLock}; {@code current} says who changed it and how,
   * and {@code currentCell} is its value now.
   */
  public StaleTableException(
      String tableTitle,
      int expectedLock,
      TableState current,
      String row,
      String column,
      Cell currentCell) {
    super(
        ErrorCode.CONFLICT,
        Text.of(
            "budget.error.stale",
            tableTitle,
            expectedLock,
            current.lockVersion(),
            change(current)));
    this.current = current;
    this.row = row;
    this.column = column;
    this.currentCell = currentCell;
  }

  /**
   * Who changed the table, when and how, as far as known: "anna at 2024-03-01T10:00:00Z changed
   * ...".
   */
  private static Text change(TableState current) {
    Text change =
        current.changedBy() == null
            ? Text.of("budget.error.someone")
            : Text.verbatim(current.changedBy());
    if (current.changedAt() != null) {
      change = Text.of("budget.error.changedAt", change, current.changedAt());
    }
    return current.changeSummary() == null
        ? change
        : Text.of("budget.error.changed", change, current.changeSummary());
  }

  public TableState current() {
    return current;
  }

  /** Who changed the table last, when and how, and its lock version now. */
  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("changedBy", current.changedBy());
    details.put("changedAt", current.changedAt());
    details.put("change", current.changeSummary());
    details.put("currentLockVersion", current.lockVersion());
    if (row != null) {
      details.put("row", row);
      details.put("column", column);
      details.put(
          "currentValue",
          currentCell == null || currentCell.isBlank() ? null : currentCell.value());
    }
    return details;
  }
}
