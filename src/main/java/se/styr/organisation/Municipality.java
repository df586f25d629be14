package se.styr.organisation;

import java.util.Objects;
import java.util.regex.Pattern;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** A Swedish municipality, identified by its four-digit SCB code (e.g. 1488 Trollhättan). */
public record Municipality(String code, String name) {
  private static final Pattern CODE = Pattern.compile("\\d{4}");

  public Municipality {
    Objects.requireNonNull(code, "municipality code");
    Objects.requireNonNull(name, "municipality name");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException(Text.of("organisation.invalid.code", code));
    }
    if (name.isBlank()) {
      throw new InvalidValueException(Text.of("organisation.invalid.municipalityName"));
    }
  }

  public static boolean isValidCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }
}
