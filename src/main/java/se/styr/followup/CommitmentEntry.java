package se.styr.followup;

import java.util.Objects;
import se.styr.shared.FileWords;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Status;
import se.styr.shared.Text;

/**
 * Where one of the plan's commitments stands at a follow-up occasion: an activity, an assignment, a
 * priority direction or an item of an action plan ({@code plan/item}), its status (not started,
 * ongoing, done, postponed, cancelled) and a comment. A status other than the plan's needs no
 * comment; postponing or cancelling one does, since the committee will ask why.
 */
public record CommitmentEntry(Kind kind, String key, Status status, String comment) {

  /** What kind of commitment is followed up; its name in files is the field that names it. */
  public enum Kind {
    ACTIVITY("activity"),
    ASSIGNMENT("assignment"),
    DIRECTION("direction"),
    ACTION_ITEM("actionItem");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The field of a file's entry that names the commitment ({@code activity: trygg-hemgang}). */
    public String field() {
      return field;
    }

    public String fileName() {
      return FileWords.of(this);
    }
  }

  public CommitmentEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if (status == null) {
      throw new InvalidValueException(Text.of("followup.commitment.status", key));
    }
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    if ((status == Status.POSTPONED || status == Status.CANCELLED) && comment == null) {
      throw new InvalidValueException(Text.of("followup.commitment.why", key, status.fileName()));
    }
  }

  /** Its place in a file or URL: {@code activity/trygg-hemgang}. */
  public String path() {
    return kind.fileName() + "/" + key;
  }
}
