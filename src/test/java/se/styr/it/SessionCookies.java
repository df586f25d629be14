package se.styr.it;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The session a mock request's answer began or carried on, sent along with the next request as a
 * browser sends its cookie: sessions are kept by Spring Session, in the database, and found by that
 * cookie, so what the first request left in its session (a flash message after a redirect) is there
 * for the second.
 */
public final class SessionCookies {
  private SessionCookies() {}

  /** The session cookie the answer set, for the next request. */
  public static RequestPostProcessor of(MvcResult answer) {
    Cookie session = answer.getResponse().getCookie("JSESSIONID");
    if (session == null) {
      throw new AssertionError("the answer began no session (no JSESSIONID cookie)");
    }
    return request -> {
      request.setCookies(session);
      return request;
    };
  }
}
