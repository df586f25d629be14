package se.styr.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Styr's message bundles (src/main/resources/i18n, UTF-8): Swedish in the base files, English in
 * the {@code _en} files. The pages read them through Spring's MessageSource, configured from {@link
 * #BASENAMES}; plain Java (the command line, the API's messages, exceptions) renders a {@link Text}
 * here, from the same files and by the same rules: a text without arguments is its pattern as
 * written, one with arguments goes through {@link MessageFormat} (so {@code ''} stands for an
 * apostrophe there).
 */
public final class TextBundles {
  public static final Locale SWEDISH = Locale.forLanguageTag("sv");
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Every bundle, in the order a key is looked up (keys are unique across them). */
  public static final List<String> BASENAMES =
      List.of(
          "i18n/messages",
          "i18n/files",
          "i18n/organisation",
          "i18n/plan",
          "i18n/versions",
          "i18n/budget",
          "i18n/goals",
          "i18n/texts",
          "i18n/followup",
          "i18n/charts",
          "i18n/admin",
          "i18n/documents",
          "i18n/imports",
          "i18n/national",
          "i18n/forecast");

  /** Only the language asked for and the base file, never the machine's default language. */
  private static final ResourceBundle.Control FILES =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private TextBundles() {}

  public static String render(Text text, Locale locale) {
    String pattern = pattern(text.key(), locale);
    if (text.arguments().isEmpty()) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(arguments(text, t -> render(t, locale)));
  }

  /**
   * The text of {@code key} in {@code locale} as written in its bundle; a missing key is a
   * programming error.
   */
  public static String pattern(String key, Locale locale) {
    for (String basename : BASENAMES) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(basename, locale, TextBundles.class.getClassLoader(), FILES);
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    throw new MissingResourceException(
        "no text '" + key + "' in Styr's bundles", TextBundles.class.getName(), key);
  }

  /**
   * The arguments of {@code text} as strings, nested texts put into words by {@code render} (in the
   * same language).
   */
  public static Object[] arguments(Text text, Function<Text, String> render) {
    return text.arguments().stream().map(a -> argument(a, render)).toArray();
  }

  private static String argument(Object argument, Function<Text, String> render) {
    if (argument instanceof Text text) {
      return render.apply(text);
    }
    if (argument instanceof Text.Joined joined) {
      return joined.parts().stream()
          .map(p -> argument(p, render))
          .collect(Collectors.joining(joined.separator()));
    }
    if (argument instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return String.valueOf(argument);
  }
}
