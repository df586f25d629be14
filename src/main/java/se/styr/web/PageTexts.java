package se.styr.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.styr.shared.Text;
import se.styr.shared.TextBundles;

/**
 * Puts a keyed {@link Text} into words for a page, in the visitor's language, through the same
 * MessageSource as the templates' {@code #{...}}: a template writes {@code
 * ${@texts.of(problem.text)}}. Arguments that are texts are put into words in the same language.
 */
@Component("texts")
public class PageTexts {
  private final MessageSource messages;

  PageTexts(MessageSource messages) {
    this.messages = messages;
  }

  /** The text in the language of the current request; null for none. */
  public String of(Text text) {
    return in(text, LocaleContextHolder.getLocale());
  }

  /**
   * The texts in the language of the current request, separated by commas: "Mål 3: Hälsa ..., Mål
   * 10: ...".
   */
  public String list(List<Text> texts) {
    return of(Text.join(", ", texts));
  }

  public String in(Text text, Locale locale) {
    if (text == null) {
      return null;
    }
    Object[] arguments = TextBundles.arguments(text, t -> in(t, locale));
    return messages.getMessage(text.key(), arguments.length == 0 ? null : arguments, locale);
  }
}
