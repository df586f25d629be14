package se.styr.shared;

/**
 * A value object's refusal of the values it was given, saying why in a keyed {@link Text}: a plan
 * file's reader reports it at the item's line, a page shows it in the visitor's language, and its
 * message is the English text.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient Text text;

  public InvalidValueException(Text text) {
    super(text.english());
    this.text = text;
  }

  public Text text() {
    return text == null ? Text.verbatim(getMessage()) : text;
  }

  /** Why {@code e} refused: its text if it has one, else its message as it stands. */
  public static Text textOf(IllegalArgumentException e) {
    return e instanceof InvalidValueException invalid
        ? invalid.text()
        : Text.verbatim(String.valueOf(e.getMessage()));
  }
}
