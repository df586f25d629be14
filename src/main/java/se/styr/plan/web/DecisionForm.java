package se.styr.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styr.version.Decision;

/**
 * The "Besluta" form as typed: date (required, YYYY-MM-DD as a date input sends it), paragraph (§),
 * registration number (dnr) and deciding body. {@link #check} gives the decision or, per field, the
 * message key of what is wrong.
 */
record DecisionForm(String date, String paragraph, String dnr, String body) {
  /** The longest paragraph and dnr the database holds, and the longest body. */
  static final int MOST_CHARACTERS = 100;

  static final int MOST_BODY_CHARACTERS = 200;

  /** The decision, or the problems by field name (date, paragraph, dnr, body) as message keys. */
  record Checked(Decision decision, Map<String, String> errors) {}

  static DecisionForm blank(String body) {
    return new DecisionForm("", "", "", body);
  }

  Checked check() {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate decided = null;
    if (date == null || date.isBlank()) {
      errors.put("date", "versions.decide.error.dateMissing");
    } else {
      try {
        decided = LocalDate.parse(date.strip());
        if (decided.getYear() < 1900 || decided.getYear() > 2999) {
          errors.put("date", "versions.decide.error.dateInvalid");
        }
      } catch (DateTimeParseException e) {
        errors.put("date", "versions.decide.error.dateInvalid");
      }
    }
    tooLong(errors, "paragraph", paragraph, MOST_CHARACTERS);
    tooLong(errors, "dnr", dnr, MOST_CHARACTERS);
    tooLong(errors, "body", body, MOST_BODY_CHARACTERS);
    if (!errors.isEmpty()) {
      return new Checked(null, errors);
    }
    return new Checked(
        new Decision(decided, text(paragraph), text(dnr), text(body), List.of(), null), Map.of());
  }

  private static void tooLong(Map<String, String> errors, String field, String value, int most) {
    if (value != null && value.strip().length() > most) {
      errors.put(
          field,
          most == MOST_BODY_CHARACTERS
              ? "versions.decide.error.bodyTooLong"
              : "versions.decide.error.tooLong");
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
