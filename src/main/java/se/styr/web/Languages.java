package se.styr.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import se.styr.shared.TextBundles;

/**
 * Swedish unless the reader chooses English (?lang=en), remembered in a cookie; the texts from
 * Styr's bundles.
 */
@Configuration
class Languages implements WebMvcConfigurer {
  static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /**
   * Styr's bundles, all of them ({@link TextBundles#BASENAMES}), for the templates and {@link
   * PageTexts}.
   */
  @Bean
  MessageSource messageSource() {
    return messages();
  }

  /** Styr's bundles as the pages read them. */
  static UnsharedMessageFormats messages() {
    UnsharedMessageFormats messages = new UnsharedMessageFormats();
    messages.setBasenames(TextBundles.BASENAMES.toArray(String[]::new));
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("styr-lang");
    resolver.setDefaultLocale(SWEDISH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
