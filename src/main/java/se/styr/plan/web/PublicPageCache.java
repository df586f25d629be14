package se.styr.plan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.styr.plan.PlanStore;
import se.styr.version.PlanStatus;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * The pages of decided versions as the public sees them, kept rendered. A decided version never
 * changes and the public's page carries nothing personal (no name, no CSRF token, no session), so
 * every anonymous reader gets the same bytes; signed-in callers, drafts, htmx fragments, language
 * switches and anything that sets a cookie are always rendered afresh. Kept per revision of the
 * national data, which every node reads from the database. Runs after the security filters, so
 * every response still carries the security headers.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {
  private static final Pattern PAGE =
      Pattern.compile("/plans/(\\d{1,18})/versions/(\\d{1,9})(/(budget|goals|charts|texts))?");
  private static final long MOST_BYTES = 32L * 1024 * 1024;
  private final Versions plans;
  private final PlanStore store;
  private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  PublicPageCache(Versions plans, PlanStore store) {
    this.plans = plans;
    this.store = store;
  }

  private record Page(String contentType, byte[] body) {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = key(request);
    if (key == null) {
      chain.doFilter(request, response);
      return;
    }
    Page page = get(key);
    if (page != null) {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType(page.contentType());
      response.setContentLength(page.body().length);
      response.getOutputStream().write(page.body());
      return;
    }
    ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, rendered);
    if (rendered.getStatus() == HttpServletResponse.SC_OK
        && rendered.getContentType() != null
        && rendered.getContentType().startsWith("text/html")
        && !rendered.getHeaderNames().contains("Set-Cookie")) {
      put(key, new Page(rendered.getContentType(), rendered.getContentAsByteArray()));
    }
    rendered.copyBodyToResponse();
  }

  /**
   * The cache key of a public page of a decided version, or null when the request must be rendered.
   */
  private String key(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        || request.getHeader("HX-Request") != null
        || signedIn()) {
      return null;
    }
    // The parameters, not the query string: a page may read a parameter however it was sent.
    String query =
        new java.util.TreeMap<>(request.getParameterMap())
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
    if (request.getParameter("lang") != null || query.length() > 200) {
      return null;
    }
    Matcher page =
        PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!page.matches()) {
      return null;
    }
    Optional<VersionSummary> version =
        plans.version(Long.parseLong(page.group(1)), Integer.parseInt(page.group(2)));
    if (version.isEmpty() || version.get().status() != PlanStatus.DECIDED) {
      return null;
    }
    // Relative targets on the goals pages are ranked against the national data: pages are kept per
    // its revision, a stamp read from the database, so a fetch through any node shows on all.
    return request.getRequestURI()
        + "?"
        + query
        + "|"
        + language(request)
        + "|"
        + store.nationalRevision();
  }

  private static boolean signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
  }

  private static String language(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if ("styr-lang".equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return "";
  }

  private synchronized Page get(String key) {
    return pages.get(key);
  }

  private synchronized void put(String key, Page page) {
    if (page.body().length > MOST_BYTES / 8) {
      return;
    }
    Page old = pages.put(key, page);
    bytes += page.body().length - (old == null ? 0 : old.body().length);
    var eldest = pages.entrySet().iterator();
    while (bytes > MOST_BYTES && eldest.hasNext()) {
      bytes -= eldest.next().getValue().body().length;
      eldest.remove();
    }
  }
}
