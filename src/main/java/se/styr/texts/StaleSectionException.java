package se.styr.texts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * A section's text changed after the editor opened it: nothing was saved. Says who changed it last
 * and when (from the audit log; null if the log does not say) and what the text is now.
 */
public class StaleSectionException extends StyrException {
  private static final long serialVersionUID = 1L;
  private final transient Section current;
  private final String changedBy;
  private final Instant changedAt;

  public StaleSectionException(Section current, String changedBy, Instant changedAt) {
    super(
        ErrorCode.CONFLICT,
        Text.of(
            "texts.error.staleRule",
            current.subject(),
            changedBy == null ? Text.of("texts.error.someoneElse") : Text.verbatim(changedBy)));
    this.current = current;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Section current() {
    return current;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  /** Who changed the section last and when (null where the audit log does not say), and its key. */
  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("section", current.key());
    details.put("changedBy", changedBy);
    details.put("changedAt", changedAt);
    return details;
  }
}
