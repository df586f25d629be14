package se.styr.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A read's answer is sent when it is complete, not in pieces while a page is still being rendered
 * (the servlet container's buffer is 8 KB; pages are larger): a node that dies while it renders a
 * page has sent nothing, so a load balancer may send the read to another node, which it cannot do
 * once an answer has begun. Answers larger than the buffer (documents, downloads) are still sent in
 * pieces.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WholeAnswers extends OncePerRequestFilter {
  /** Larger than any page; a download beyond it goes out in pieces as before. */
  static final int BUFFER = 512 * 1024;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      response.setBufferSize(BUFFER);
    }
    chain.doFilter(request, response);
  }
}
