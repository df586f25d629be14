package se.styr.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sends the requests that may read from the replica ({@link ReplicaReadRule}) there, and notes a
 * signed-in caller's writes in their session so that their next reads go to the primary. A request
 * answered from the replica is kept in memory until it is complete; should a query on the replica
 * fail (the replica stopped, or a query was cancelled by its recovery), the answer is thrown away
 * and the request is served again from the primary, so the caller never sees the replica's failure.
 * Runs after the security filters (it must know whether the caller signed in).
 */
final class ReplicaReads extends OncePerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaReads.class);

  /** The session attribute holding when the caller last wrote (epoch milliseconds). */
  static final String LAST_WRITE = "styr.lastWrite";

  /** The request attribute where {@link ReplicaFailures} leaves a query failure on the replica. */
  static final String FAILED = ReplicaReads.class.getName() + ".failed";

  private final ReplicaReadRule rule;
  private final Clock clock;

  ReplicaReads(ReplicaReadRule rule, Clock clock) {
    this.rule = rule;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    HttpSession session = request.getSession(false);
    if (!rule.mayRead(method, path, signedIn(), lastWrite(session), clock.instant())) {
      try {
        chain.doFilter(request, response);
      } finally {
        HttpSession now = request.getSession(false);
        if (ReplicaReadRule.writes(method) && now != null) {
          try {
            now.setAttribute(LAST_WRITE, clock.millis());
          } catch (IllegalStateException e) {
            // The request ended the session (signing out): nothing to note.
          }
        }
      }
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    Exception failure = null;
    try {
      ReplicaRouting.onReplica(
          () -> {
            chain.doFilter(request, buffered);
            return null;
          });
    } catch (IOException | ServletException | RuntimeException e) {
      failure = e;
    } catch (Exception e) {
      failure = new ServletException(e);
    }
    Object failedQuery = request.getAttribute(FAILED);
    if (ReplicaRouting.usedReplica()
        && (failure != null || failedQuery != null)
        && !response.isCommitted()) {
      Object cause = failure != null ? failure : failedQuery;
      LOG.warn(
          "A read on the replica failed; {} {} is served again from the primary: {}",
          method,
          path,
          cause instanceof Exception e ? e.getMessage() : cause);
      request.removeAttribute(FAILED);
      ReplicaRouting.forget();
      buffered.reset();
      chain.doFilter(request, buffered);
    } else if (failure instanceof IOException e) {
      throw e;
    } else if (failure instanceof ServletException e) {
      throw e;
    } else if (failure instanceof RuntimeException e) {
      throw e;
    }
    ReplicaRouting.forget();
    buffered.copyBodyToResponse();
  }

  private static Instant lastWrite(HttpSession session) {
    if (session == null) {
      return null;
    }
    try {
      return session.getAttribute(LAST_WRITE) instanceof Long millis
          ? Instant.ofEpochMilli(millis)
          : null;
    } catch (IllegalStateException e) {
      return null;
    }
  }

  private static boolean signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
  }
}
