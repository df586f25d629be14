package se.styr.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, by its key in Styr's message bundles ({@link TextBundles}) and its
 * arguments, put into words only when it is shown: a page in the visitor's language, the command
 * line, the API and exception messages in English, what stands beside the plan's own words (the
 * assessment's explanations for the command line and the API) in Swedish. An argument that is
 * itself a text renders in the same language; a {@link java.math.BigDecimal} as its plain digits;
 * anything else as {@link String#valueOf(Object)} (a null argument reads "null", as in a joined
 * string).
 */
public record Text(String key, List<Object> arguments) implements java.io.Serializable {
  /** The key of a text that is its one argument as it stands (see {@link #verbatim}). */
  public static final String VERBATIM = "text.verbatim";

  public Text {
    Objects.requireNonNull(key, "key");
    List<Object> copy = new ArrayList<>(arguments.size());
    for (Object argument : arguments) {
      copy.add(argument == null ? "null" : argument);
    }
    arguments = Collections.unmodifiableList(copy);
  }

  public static Text of(String key, Object... arguments) {
    return new Text(key, Arrays.asList(arguments));
  }

  /**
   * Words that read the same in every language because they are not Styr's: a name, a printed
   * value, a field of a file.
   */
  public static Text verbatim(String words) {
    return new Text(VERBATIM, List.of(words == null ? "null" : words));
  }

  /**
   * The parts (texts or values) one after another, {@code separator} between them: "; ", ", ", a
   * line break.
   */
  public static Text join(String separator, List<?> parts) {
    return new Text(VERBATIM, List.of(new Joined(separator, List.copyOf(parts))));
  }

  /** Parts shown one after another; the separator is punctuation, the same in every language. */
  public record Joined(String separator, List<?> parts) implements java.io.Serializable {}

  public String in(Locale locale) {
    return TextBundles.render(this, locale);
  }

  public String english() {
    return in(TextBundles.ENGLISH);
  }

  public String swedish() {
    return in(TextBundles.SWEDISH);
  }

  /** The English text: what a log, an exception message or a test failure shows. */
  @Override
  public String toString() {
    return english();
  }
}
