package se.styr.plan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a plan file upload larger than styr.limits.plan-upload-request (11 MB) before anything
 * reads it, by sending the browser back to the import page, which says how large a file may be.
 * Without this Tomcat would fail while the CSRF check reads the form, and answer with its own bare
 * 413 page. Runs before Spring Security; an upload without a Content-Length still meets Tomcat's
 * limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimit extends OncePerRequestFilter {
  /** The query parameter of the import page that reports a refused file. */
  static final String TOO_LARGE = "forstor";

  private final DataSize limit;

  UploadLimit(@Value("${styr.limits.plan-upload-request:11MB}") DataSize limit) {
    this.limit = limit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !(request.getContextPath() + "/import").equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit.toBytes()) {
      response.setStatus(HttpStatus.SEE_OTHER.value());
      response.setHeader("Location", request.getContextPath() + "/import?" + TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
