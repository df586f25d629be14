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

  public StaleTableException(String tableTitle, int expectedLock, TableState current) {
    super(
        ErrorCode.CONFLICT,
        Text.of(
            "budget.error.stale",
            tableTitle,
            expectedLock,
            current.lockVersion(),
            change(current)));
    this.current = current;
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
    return details;
  }
}
