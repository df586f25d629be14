package se.styr.budget;

import java.util.LinkedHashMap;
import java.util.Map;

import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;

/** A write based on a table version that someone else has changed since; nothing was written. */
public class StaleTableException extends StyrException {
  private static final long serialVersionUID = 1L;
  private final transient TableState current;

  public StaleTableException(String tableTitle, int expectedLock, TableState current) {
    super(ErrorCode.CONFLICT, "Table '" + tableTitle + "' has changed since you read it (your version " + expectedLock
        + ", now " + current.lockVersion() + "): " + (current.changedBy() == null ? "someone" : current.changedBy())
        + (current.changedAt() == null ? "" : " at " + current.changedAt())
        + (current.changeSummary() == null ? "" : " changed " + current.changeSummary())
        + ". Your change was not saved; reload the table and make it again.");
    this.current = current;
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
