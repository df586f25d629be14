package se.styr.admin;

import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;

/** A form value an administrator gave that breaks a rule; names the field and the message to show at it. */
class InvalidField extends StyrException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String messageKey;

  InvalidField(String field, String messageKey, String message) {
    super(ErrorCode.RULE_VIOLATION, message);
    this.field = field;
    this.messageKey = messageKey;
  }

  String field() {
    return field;
  }

  String messageKey() {
    return messageKey;
  }
}
