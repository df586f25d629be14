package se.styr.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around Spring Session's filter: the request within which {@link SparingSessions} finds a session
 * it wrote again without reading it back from the database.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class OneRequest extends OncePerRequestFilter {
  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SparingSessions.within(() -> chain.doFilter(request, response));
  }
}
