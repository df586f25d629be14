package se.styr.organisation;

import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * Something that happened to an operational area at the turn of a year: it was created (possibly
 * out of parts of others), renamed, merged into another, received units moved from others, or
 * closed.
 */
public record AreaEvent(int year, Type type, List<String> from, String formerName, String note) {
  public enum Type {
    CREATED,
    RENAMED,
    MERGED,
    MOVED,
    CLOSED
  }

  public AreaEvent {
    Objects.requireNonNull(type, "event type");
    from = from == null ? List.of() : List.copyOf(from);
    if (type == Type.RENAMED && (formerName == null || formerName.isBlank())) {
      throw new InvalidValueException(Text.of("organisation.invalid.formerName"));
    }
    if ((type == Type.MERGED || type == Type.MOVED) && from.isEmpty()) {
      throw new InvalidValueException(
          Text.of(
              "organisation.invalid.eventFrom", type.name().toLowerCase(java.util.Locale.ROOT)));
    }
  }
}
