package se.styr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseUnavailableFilterTest {
  private final DatabaseUnavailable filter = new DatabaseUnavailable(pages());

  /** Thymeleaf as the application has it: the templates and the message bundles. */
  private static org.thymeleaf.ITemplateEngine pages() {
    org.thymeleaf.templateresolver.ClassLoaderTemplateResolver templates =
        new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver();
    templates.setPrefix("templates/");
    templates.setSuffix(".html");
    templates.setCharacterEncoding("UTF-8");
    org.springframework.context.support.ResourceBundleMessageSource messages =
        new org.springframework.context.support.ResourceBundleMessageSource();
    messages.setBasenames(se.styr.shared.TextBundles.BASENAMES.toArray(String[]::new));
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    org.thymeleaf.spring6.SpringTemplateEngine engine =
        new org.thymeleaf.spring6.SpringTemplateEngine();
    engine.setTemplateResolver(templates);
    engine.setTemplateEngineMessageSource(messages);
    return engine;
  }

  private final FilterChain down =
      (request, response) -> {
        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
      };

  @Test
  void aPageWhoseDatabaseDoesNotAnswerIsA503WithAPlainPage() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans/1/versions/2");
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(request, response, down);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString())
        .contains("<html lang=\"sv\"")
        .contains("<h1>Tillfälligt otillgängligt</h1>")
        .contains("försök igen om en stund");
  }

  @Test
  void theApiGetsAProblem() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/plans/1");
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(request, response, down);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"status\":503").contains("\"detail\":\"");
  }

  @Test
  void otherFailuresAreLeftToTheErrorPages() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans/1");
    FilterChain broken =
        (req, res) -> {
          throw new IllegalStateException("a bug");
        };

    assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), broken))
        .isInstanceOf(IllegalStateException.class);
  }
}
