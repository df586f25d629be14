package se.styr.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/** A committee (nämnd) of a municipality; its key is a readable slug of its name. */
public record Committee(String key, String name) {
  public Committee {
    Objects.requireNonNull(name, "committee name");
    if (name.isBlank()) {
      throw new InvalidValueException(Text.of("organisation.invalid.committeeName"));
    }
    if (key == null || key.isBlank()) {
      key = slug(name);
    }
  }

  public static Committee named(String name) {
    return new Committee(null, name);
  }

  /** "Stöd- och omsorgsnämnden" becomes "stod-och-omsorgsnamnden". */
  public static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
