package se.styr.plan;

import java.util.Optional;

/**
 * A change of one plan part, exactly enough to undo it: the list it lies in (or the settings
 * group), its place before and after, and the item before and after as YAML (null where it was
 * added or removed). Kept with the change's audit entry, each text prefixed by its length so that
 * no content can be mistaken for a separator.
 */
public record PartChange(
    String list, int beforeIndex, int afterIndex, String before, String after) {
  private static final String MARK = "part\n";

  /** The change as its audit entry keeps it. */
  public String target() {
    return MARK
        + list
        + "\n"
        + beforeIndex
        + "\n"
        + afterIndex
        + "\n"
        + length(before)
        + "\n"
        + (before == null ? "" : before)
        + length(after)
        + "\n"
        + (after == null ? "" : after);
  }

  private static int length(String text) {
    return text == null ? -1 : text.length();
  }

  /** The part change an audit entry's target describes, if it describes one. */
  public static Optional<PartChange> of(String target) {
    if (target == null || !target.startsWith(MARK)) {
      return Optional.empty();
    }
    try {
      int at = MARK.length();
      int end = target.indexOf('\n', at);
      String list = target.substring(at, end);
      at = end + 1;
      end = target.indexOf('\n', at);
      int beforeIndex = Integer.parseInt(target.substring(at, end));
      at = end + 1;
      end = target.indexOf('\n', at);
      int afterIndex = Integer.parseInt(target.substring(at, end));
      at = end + 1;
      end = target.indexOf('\n', at);
      int beforeLength = Integer.parseInt(target.substring(at, end));
      at = end + 1;
      String before = beforeLength < 0 ? null : target.substring(at, at + beforeLength);
      at += Math.max(beforeLength, 0);
      end = target.indexOf('\n', at);
      int afterLength = Integer.parseInt(target.substring(at, end));
      at = end + 1;
      String after = afterLength < 0 ? null : target.substring(at, at + afterLength);
      if (at + Math.max(afterLength, 0) != target.length()) {
        return Optional.empty();
      }
      return Optional.of(new PartChange(list, beforeIndex, afterIndex, before, after));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
