package se.styr.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.styr.shared.Text;
import se.styr.shared.TextBundles;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request that fails because the database does not answer (restarting, failing over) before a
 * page could handle it (while its session is read, or while a page is rendered) is answered like
 * one the pages handle: 503 with Retry-After and a plain "try again in a moment", as a problem
 * (JSON) for the API and a small page for a browser; never a 500. The first of all filters, so that
 * it also covers the session's loading.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable extends OncePerRequestFilter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final ITemplateEngine pages;

  DatabaseUnavailable(ITemplateEngine pages) {
    this.pages = pages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!ErrorStatus.databaseUnavailable(e) || response.isCommitted()) {
        throw e;
      }
      answer(request, response);
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = english(request) ? TextBundles.ENGLISH : TextBundles.SWEDISH;
    response.reset();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ErrorStatus.DATABASE_RETRY_SECONDS));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (path.startsWith("/api/") || (accept != null && accept.contains("json"))) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
      problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
      problem.put("detail", TextBundles.render(Text.of("error.databaseUnavailable"), locale));
      problem.put("instance", path);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getWriter().write(JSON.writeValueAsString(problem));
      return;
    }
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.getWriter().write(pages.process("unavailable", new Context(locale)));
  }

  private static boolean english(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
        if ("styr-lang".equals(cookie.getName())) {
          return "en".equals(cookie.getValue());
        }
      }
    }
    return false;
  }
}
