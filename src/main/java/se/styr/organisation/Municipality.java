package se.styr.organisation;

import java.util.Objects;
import java.util.regex.Pattern;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A municipality or other organisation whose committees plan: identified by its four-digit SCB
 * municipality code (e.g. 1488 Trollhättan), or named only where it has none (a region, a
 * kommunalförbund, a municipal company). Once stored, an organisation named only has a key of its
 * own ({@code N001}, ...) in place of the code, which is never an SCB code and never written to a
 * plan file.
 */
public record Municipality(String code, String name) {
  private static final Pattern SCB_CODE = Pattern.compile("\\d{4}");
  private static final Pattern OWN_KEY = Pattern.compile("N\\d{3}");

  public Municipality {
    Objects.requireNonNull(name, "municipality name");
    if (code != null && !SCB_CODE.matcher(code).matches() && !OWN_KEY.matcher(code).matches()) {
      throw new InvalidValueException(Text.of("organisation.invalid.code", code));
    }
    if (name.isBlank()) {
      throw new InvalidValueException(Text.of("organisation.invalid.municipalityName"));
    }
  }

  /** An organisation without an SCB code, named only. */
  public static Municipality named(String name) {
    return new Municipality(null, name);
  }

  /** Four digits: the form of an SCB municipality code (whether SCB lists it or not). */
  public static boolean isValidCode(String code) {
    return code != null && SCB_CODE.matcher(code).matches();
  }

  /** The form of the key Styr gives an organisation named only. */
  public static boolean isOwnKey(String code) {
    return code != null && OWN_KEY.matcher(code).matches();
  }

  /** The SCB code, or null for an organisation named only. */
  public String scbCode() {
    return isValidCode(code) ? code : null;
  }

  /** Whether the organisation is named only (it has no SCB code). */
  public boolean namedOnly() {
    return scbCode() == null;
  }

  /**
   * How plan keys and messages name it: its code or stored key, or a slug of its name before an
   * organisation named only is stored ("goteborgsregionen").
   */
  public String key() {
    return code != null ? code : Committee.slug(name);
  }
}
