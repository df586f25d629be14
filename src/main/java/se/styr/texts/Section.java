package se.styr.texts;

import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A text section of a plan: Markdown under a heading of {@code level} (1 = chapter). A section
 * without a title continues the text of the one before it, e.g. after a table.
 */
public record Section(String key, String title, int level, String text) {
  public Section {
    Objects.requireNonNull(key, "section key");
    if (title != null && title.isBlank()) {
      title = null;
    }
    text = text == null ? "" : text;
    if (level < 1 || level > 6) {
      throw new InvalidValueException(Text.of("texts.invalid.level", level));
    }
  }

  /** How the audit log and messages name a section: its title, or its key when it has none. */
  public String subject() {
    return title == null ? key : title;
  }

  public Section withText(String newText) {
    return new Section(key, title, level, newText);
  }
}
