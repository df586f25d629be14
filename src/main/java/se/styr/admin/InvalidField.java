package se.styr.admin;

import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * A form value an administrator gave that breaks a rule; names the field and the text to show at
 * it.
 */
class InvalidField extends StyrException {
  private static final long serialVersionUID = 1L;
  private final String field;

  InvalidField(String field, Text text) {
    super(ErrorCode.RULE_VIOLATION, text);
    this.field = field;
  }

  String field() {
    return field;
  }

  /** The key of the text shown at the field. */
  String messageKey() {
    return text().key();
  }
}
