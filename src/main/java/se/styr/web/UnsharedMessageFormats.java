package se.styr.web;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's bundle-backed messages, but a text with arguments is formatted with a copy of its kept
 * {@link MessageFormat}, never the kept one itself. Spring formats with the one it keeps per text
 * and language while holding its lock (a MessageFormat is not safe to share), so requests rendering
 * the same text at the same moment queued for it; under load that lock was where signed-in pages
 * waited most (issue 18). A copy costs a few object copies, not a parse.
 */
class UnsharedMessageFormats extends ResourceBundleMessageSource {
  @Override
  protected MessageFormat resolveCode(String code, Locale locale) {
    MessageFormat kept = super.resolveCode(code, locale);
    return kept == null ? null : (MessageFormat) kept.clone();
  }
}
