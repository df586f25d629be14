package se.styr.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Fragments of a template rendered once and kept, for pages whose larger parts change far less
 * often than they are read: a follow-up occasion's tables stay the same until its lock version
 * moves, but every signed-in request renders its page anew (its forms carry the session's CSRF
 * token). A page inserts a kept fragment with {@code th:utext}; Thymeleaf escaped it when it was
 * rendered.
 *
 * <p>A fragment is kept by what the page names as its key, which must hold everything the fragment
 * shows (the data, and what the caller may do where it shows a link for that), together with the
 * request's language and context path. It is rendered like the page but without the session: links
 * are never rewritten with a session id, no form gets a CSRF token, and a fragment that holds a
 * form is refused (it would carry one caller's token to another).
 */
@Component
public class KeptFragments {
  /** At most this many sets of fragments, and characters in all, the least recently used first. */
  private static final int MOST_SETS = 256;

  private static final long MOST_CHARS = 8L * 1024 * 1024;

  private final ITemplateEngine engine;
  private final ApplicationContext application;
  private final Map<Key, Map<String, String>> kept = new LinkedHashMap<>(64, 0.75f, true);
  private long chars;

  KeptFragments(ITemplateEngine engine, ApplicationContext application) {
    this.engine = engine;
    this.application = application;
  }

  private record Key(Object key, String template, Locale locale, String contextPath) {}

  /**
   * The {@code fragments} of {@code template} (by {@code th:fragment} name) as rendered with the
   * {@code variables} for {@code key} in the current request's language: kept ones, or rendered now
   * (the variables made only then) and kept.
   */
  public Map<String, String> of(
      Object key,
      String template,
      List<String> fragments,
      Supplier<Map<String, Object>> variables) {
    ServletRequestAttributes current =
        (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    HttpServletRequest request = current.getRequest();
    Locale locale = LocaleContextHolder.getLocale();
    Key full = new Key(key, template, locale, request.getContextPath());
    Map<String, String> found = get(full);
    if (found != null) {
      return found;
    }
    WebContext context =
        new WebContext(
            JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new NoSessionInLinks(current.getResponse())),
            locale,
            variables.get());
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(
            application,
            (ConversionService) request.getAttribute(ConversionService.class.getName())));
    Map<String, String> rendered = new LinkedHashMap<>();
    for (String fragment : fragments) {
      String html = engine.process(template, Set.of(fragment), context);
      if (html.contains("<form")) {
        // A programming error (the message names the fragment and what it must not hold).
        throw new IllegalStateException(template + " :: " + fragment + ": <form>");
      }
      rendered.put(fragment, html);
    }
    Map<String, String> made = Map.copyOf(rendered);
    put(full, made);
    return made;
  }

  private synchronized Map<String, String> get(Key key) {
    return kept.get(key);
  }

  private synchronized void put(Key key, Map<String, String> fragments) {
    Map<String, String> before = kept.put(key, fragments);
    chars += size(fragments) - (before == null ? 0 : size(before));
    var eldest = kept.entrySet().iterator();
    while ((kept.size() > MOST_SETS || chars > MOST_CHARS) && eldest.hasNext()) {
      chars -= size(eldest.next().getValue());
      eldest.remove();
    }
  }

  private static long size(Map<String, String> fragments) {
    return fragments.values().stream().mapToLong(String::length).sum();
  }

  /** The response as links see it: never with a session id in the address. */
  private static final class NoSessionInLinks extends HttpServletResponseWrapper {
    NoSessionInLinks(HttpServletResponse response) {
      super(response);
    }

    @Override
    public String encodeURL(String url) {
      return url;
    }

    @Override
    public String encodeRedirectURL(String url) {
      return url;
    }
  }
}
