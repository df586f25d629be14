package se.styr.documents.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Swedish words of printed documents: i18n/documents.properties, then the goals tab's words
 * (i18n/goals.properties) for statuses, sources and column headers, so that page and document name
 * things alike. Documents are printed in the plan's language, whatever the reader's UI.
 */
public final class DocumentWords {
  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  private static final ResourceBundle.Control BASE_ONLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /**
   * The bundles, in the order a word is looked up; the template's messages come from the same ones.
   */
  public static final List<String> BASENAMES = List.of("i18n/documents", "i18n/goals");

  private static final List<ResourceBundle> BUNDLES =
      BASENAMES.stream()
          .map(name -> ResourceBundle.getBundle(name, Locale.ROOT, BASE_ONLY))
          .toList();

  private DocumentWords() {}

  /** The text of {@code key} with its arguments filled in; a missing key is a programming error. */
  public static String get(String key, Object... arguments) {
    String text = find(key, arguments);
    if (text == null) {
      throw new MissingResourceException(
          "no document text '" + key + "'", DocumentWords.class.getName(), key);
    }
    return text;
  }

  /**
   * The text of {@code key} with its arguments filled in, or null when no bundle has it. As
   * Spring's message sources do: without arguments the text is returned as written, with them it is
   * a {@link MessageFormat} pattern.
   */
  public static String find(String key, Object... arguments) {
    for (ResourceBundle bundle : BUNDLES) {
      if (bundle.containsKey(key)) {
        String pattern = bundle.getString(key);
        return arguments == null || arguments.length == 0
            ? pattern
            : new MessageFormat(pattern, SWEDISH).format(arguments);
      }
    }
    return null;
  }

  /** The word for an enum constant under {@code prefix}: "goals.statusOf." + PLANNED. */
  static String of(String prefix, Enum<?> value) {
    return get(prefix + value.name());
  }
}
