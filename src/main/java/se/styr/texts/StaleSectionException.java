package se.styr.texts;

import se.styr.plan.Block;
import se.styr.plan.PlanEditing;
import java.time.Instant;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;

/**
 * A section's text changed after the editor opened it: nothing was saved. Says who changed it last
 * and when (from the audit log; null if the log does not say) and what the text is now.
 */
public class StaleSectionException extends StyrException {
  private static final long serialVersionUID = 1L;
  private final transient Block.Section current;
  private final String changedBy;
  private final Instant changedAt;

  public StaleSectionException(Block.Section current, String changedBy, Instant changedAt) {
    super(ErrorCode.CONFLICT, "The text '" + PlanEditing.subject(current) + "' was changed by "
        + (changedBy == null ? "someone else" : changedBy) + " after you opened it; your change was not saved.");
    this.current = current;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Block.Section current() {
    return current;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
